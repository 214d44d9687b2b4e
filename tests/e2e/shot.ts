import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './fixtures';

/** A screenshot of what the reader sees, kept with the run's output for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}
