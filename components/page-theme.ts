import { readSettings, watchSettings, type Settings } from '@/utils/settings';

function apply(doc: Document, theme: Settings['theme']) {
  if (theme === 'system') delete doc.documentElement.dataset.clTheme;
  else doc.documentElement.dataset.clTheme = theme;
}

/** Keep an extension page's theme in step with the reader's setting. */
export function followThemeSetting(doc: Document = document): void {
  void readSettings().then((settings) => apply(doc, settings.theme));
  watchSettings((settings) => apply(doc, settings.theme));
}
