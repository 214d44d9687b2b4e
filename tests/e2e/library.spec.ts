import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shot } from './shot';

const REPORT = 'commons-report-justice-hc304';
const TRACKER = 'accountability-index-recommendation-1593';

async function save(page: Page, name: string) {
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('button', { name: 'Remove from library' })).toBeVisible();
  await page.keyboard.press('Escape');
}

async function saveSome(context: BrowserContext, cases: Map<string, { url: string }>) {
  const report = await context.newPage();
  await report.goto(cases.get(REPORT)!.url);
  // Not 7 from the report: the tracker's recommendation 7 is the same one, and would be the same row.
  for (const n of ['3', '12', '15']) await save(report, `Recommendation ${n}: Pending`);
  const tracker = await context.newPage();
  await tracker.goto(cases.get(TRACKER)!.url);
  await save(tracker, 'Recommendation 7: Rejected');
  return report;
}

test('library: open an item, note autosaves, tags, correction, filters, search, delete with undo', async ({
  context,
  cases,
  extensionId,
}) => {
  const report = await saveSome(context, cases);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const rows = library.getByRole('rowgroup').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(library.getByText('4 saved')).toBeVisible();

  // Open the tracker item: its government response summary is there, labelled as the tracker's.
  await rows.filter({ hasText: 'Introduce a complete firewall' }).getByRole('button').click();
  const detail = library.getByRole('complementary');
  await expect(detail).toContainText('summary by Accountability Index');

  // Note autosaves; tags with Enter; survives a reload.
  await detail.getByLabel('Your note').fill('Raise at the next evidence session.');
  await expect(detail.getByRole('status')).toHaveText('Saved');
  await detail.getByLabel('Add a tag').fill('data sharing');
  await detail.getByLabel('Add a tag').press('Enter');
  await expect(detail.getByRole('list')).toContainText('data sharing');

  // Correct a status, with a reason: the original reading stays visible.
  await rows.filter({ hasText: 'We welcome the fact that the definition of' }).getByRole('button').click();
  await expect(library.getByRole('complementary')).toContainText('Recommendation 3');
  await library.getByLabel('Correct status').selectOption('accepted');
  await library.getByLabel('Reason for the correction').fill('Accepted in the 2024 letter');
  await library.getByRole('button', { name: 'Save correction' }).click();
  await expect(library.getByRole('complementary')).toContainText('Your correction');
  await expect(library.getByRole('complementary')).toContainText('Original reading');

  await library.reload();
  await expect(rows.filter({ hasText: 'We welcome the fact that the definition of' })).toContainText('Accepted');
  await expect(rows.filter({ hasText: 'Introduce a complete firewall' })).toContainText('data sharing');

  // Filter by tag and by status; search notes.
  await library.getByLabel('Filter by tag').selectOption('data sharing');
  await expect(rows).toHaveCount(1);
  await library.getByRole('button', { name: 'Clear filters' }).click();
  await library
    .getByRole('group', { name: 'Filter by status' })
    .getByRole('button', { name: /Rejected/ })
    .click();
  await expect(rows).toHaveCount(1);
  await library.getByRole('button', { name: 'Clear filters' }).click();
  await library.getByRole('searchbox').fill('evidence session');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Introduce a complete firewall');
  await library.getByRole('searchbox').fill('');
  await expect(rows).toHaveCount(4);

  // Select two, tag them, delete them, undo.
  await rows.nth(1).getByRole('checkbox').check();
  await rows.nth(2).getByRole('checkbox').check();
  const bulk = library.getByRole('region', { name: 'Selected items' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel('Tag to add or remove').fill('briefing');
  await bulk.getByRole('button', { name: 'Add tag' }).click();
  await expect(library.getByRole('status')).toContainText('Tagged 2 items');
  await shot(library, 'library-bulk');
  await bulk.getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(2);
  await library.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(4);

  // Live: unsaving in the page tab updates the open library.
  await report.bringToFront();
  await report.getByRole('button', { name: 'Recommendation 12: Pending' }).click();
  await report.getByRole('dialog').getByRole('button', { name: 'Remove from library' }).click();
  await expect(rows).toHaveCount(3);
});

test('export JSON, clear the library, import the file: everything comes back; a bad file changes nothing', async ({
  context,
  cases,
  extensionId,
}) => {
  await saveSome(context, cases);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const rows = library.getByRole('rowgroup').getByRole('row');
  await expect(rows).toHaveCount(4);
  await rows.filter({ hasText: 'Introduce a complete firewall' }).getByRole('button').click();
  await library.getByLabel('Your note').fill('Note that must survive the round trip.');
  await expect(library.getByRole('complementary').getByRole('status')).toHaveText('Saved');
  await library.getByLabel('Add a tag').fill('round trip');
  await library.getByLabel('Add a tag').press('Enter');
  await expect(library.getByRole('complementary').getByRole('list')).toContainText('round trip');

  await library.getByText('Export…').click();
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: /Committee Lens library \(JSON\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^committee-lens-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  await library.keyboard.press('Escape');

  // A broken file: a clear message, nothing changes.
  await library.getByLabel('Import a Committee Lens library file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"committee-lens","version":1,"items":[{"key":'),
  });
  await expect(library.getByRole('alert')).toContainText('broken.json');
  await expect(library.getByRole('alert')).toContainText('Nothing was imported');
  await expect(rows).toHaveCount(4);

  // Clear the library.
  await library.getByRole('checkbox', { name: 'Select all shown' }).check();
  await library.getByRole('region', { name: 'Selected items' }).getByRole('button', { name: 'Delete' }).click();
  await expect(library.getByText('Nothing saved yet')).toBeVisible();

  await library.getByLabel('Import a Committee Lens library file').setInputFiles(file);
  await expect(library.getByRole('status')).toContainText('4 added');
  await expect(rows).toHaveCount(4);
  await rows.filter({ hasText: 'Introduce a complete firewall' }).getByRole('button').click();
  await expect(library.getByLabel('Your note')).toHaveValue('Note that must survive the round trip.');
  await expect(library.getByRole('complementary').getByRole('list')).toContainText('round trip');
});
