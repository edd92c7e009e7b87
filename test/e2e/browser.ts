import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors seen so far (a journey should end with none). */
  pageErrors: string[];
}

export async function openSession(browser: Browser, baseUrl: string): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, pageErrors };
}

/**
 * Screenshot under test-results/screenshots/<name>.png after network and animations settle: full page
 * by default, the viewport only for overlays (drawers, modals), which are fixed to the viewport.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/**
 * Picks an entry of the header's user menu. The dropdown opens with an animation; a click that
 * lands while it is still moving can miss, so the menu is opened again until `done` holds.
 */
export async function chooseUserMenu(page: Page, item: string, done: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const entry = page.getByRole('menuitem', { name: item });
    if (!(await entry.isVisible())) await page.getByTestId('user-menu').click();
    await entry.waitFor({ state: 'visible' });
    await entry.click();
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      if (await done()) return;
      await page.waitForTimeout(200);
    }
  }
  throw new Error(`choosing "${item}" in the user menu had no effect`);
}
