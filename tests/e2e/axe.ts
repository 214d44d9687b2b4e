import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
let source: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function injectAxe(page: Page): Promise<void> {
  source ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
}

/**
 * Run axe-core in the page (evaluated through the DevTools protocol, so extension pages' CSP does
 * not block it) and answer the serious and critical WCAG 2.1 A/AA violations within `include`.
 */
export async function seriousViolations(page: Page, include?: string[]): Promise<AxeViolation[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async (selectors) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const context = selectors ? { include: selectors.map((s) => [s]) } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
  }, include);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface AxeRuleResult {
  /** Nodes that fail the rule. */
  violations: AxeViolation[];
  /** Nodes axe could not decide (for color-contrast: a background it could not work out). */
  incomplete: AxeViolation[];
  /** How many nodes passed, so a check that examined nothing does not pass quietly. */
  passedNodes: number;
}

/** Run one axe rule (e.g. `color-contrast`) within `include`, reaching into open shadow roots. */
export async function runAxeRule(page: Page, rule: string, include: string[]): Promise<AxeRuleResult> {
  await injectAxe(page);
  return page.evaluate(
    async ([ruleId, selectors]) => {
      interface Result {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }
      const axe = (
        window as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Result[]; incomplete: Result[]; passes: Result[] }> };
        }
      ).axe;
      const result = await axe.run({ include: selectors.map((s) => [s]) }, { runOnly: { type: 'rule', values: [ruleId] } });
      const brief = ({ id, impact, help, nodes }: Result) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) });
      return {
        violations: result.violations.map(brief),
        incomplete: result.incomplete.map(brief),
        passedNodes: result.passes.reduce((sum, pass) => sum + pass.nodes.length, 0),
      };
    },
    [rule, include] as const,
  );
}
