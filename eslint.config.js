import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['debug', 'warn', 'error'] }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  // Layers (DESIGN.md "Layout"): nothing imports an entrypoint (tests may, to test it).
  {
    files: ['utils/**', 'components/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/**'],
              message: 'Nothing imports an entrypoint: move what you need into utils/ or components/.',
            },
          ],
        },
      ],
    },
  },
  // The pure core never touches the browser, the database or messaging.
  // utils/import/apply-import.ts writes the checked import to the database: it moves to storage/.
  {
    ignores: ['utils/import/apply-import.ts'],
    files: [
      'utils/model/**',
      'utils/document/**',
      'utils/detect/**',
      'utils/classify/**',
      'utils/adapters/**',
      'utils/anchor/**',
      'utils/export/**',
      'utils/import/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt/browser', 'wxt/storage', 'dexie', 'dexie-react-hooks'].map((name) => ({
            name,
            message: 'The pure core does not touch the browser or the database.',
          })),
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'Nothing imports an entrypoint.' },
            {
              group: [
                '**/messages',
                '**/message-listener',
                '**/messaging/**',
                '**/db',
                '**/saved-items',
                '**/page-records',
                '**/selection-pages',
                '**/settings',
                '**/records',
                '**/records-migration',
                '**/storage/**',
              ],
              message: 'The pure core does not import messaging or storage: take the data as an argument.',
            },
          ],
        },
      ],
    },
  },
);
