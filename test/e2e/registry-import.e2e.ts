import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openSession, screenshot } from './browser';

const DEMO_PASSWORD = 'Weijian@2026';
const POLL = { timeout: 30_000 };

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const tag = `E2E${Date.now().toString(36).toUpperCase()}`;

/** institutions.csv and practitioners.csv of Huangpu (310101); `validTo` of the second licence. */
function writeFiles(dir: string, validTo: string) {
  const institutions = [
    'id,name,category,district_code,licence_no,licence_valid_from,licence_valid_to,departments,status',
    `${tag}-H1,黄浦导入测试医院${tag},general_hospital,310101,${tag}-L1,2024-01-01,2029-12-31,03;04,active`,
    `${tag}-H2,黄浦导入测试诊所${tag},clinic,310101,${tag}-L2,2024-01-01,${validTo},03,active`,
  ].join('\r\n');
  const practitioners = [
    'id,name,category,scopes,title,status,registrations',
    `${tag}-D1,导入测试医师,clinical,03,attending,active,${tag}-H1;${tag}-H2`,
  ].join('\r\n');
  writeFileSync(path.join(dir, 'institutions.csv'), institutions);
  writeFileSync(path.join(dir, 'practitioners.csv'), practitioners);
  return [path.join(dir, 'institutions.csv'), path.join(dir, 'practitioners.csv')];
}

/** How many institutions of this test the registry holds, asked with the page's session. */
async function registered(page: Page) {
  const response = await page.request.get(`/api/v1/institutions?q=${tag}`);
  return ((await response.json()) as { total: number }).total;
}

async function uploadFiles(page: Page, files: string[]) {
  await page.goto('/registry/imports');
  await page.locator('input[type="file"]').setInputFiles(files);
  await page.getByText('institutions.csv').first().waitFor();
  await page.getByTestId('import-start').click();
  await expect.poll(() => new URL(page.url()).pathname, POLL).toMatch(/^\/registry\/imports\/[0-9a-f-]{36}$/);
}

describe('staff app — data import', () => {
  it('rejects a file with one bad row naming row and column, writes nothing, then imports the corrected file', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/registry/imports');
      await page.locator('#username').fill('hp.admin');
      await page.locator('#password').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/registry/imports');
      await page.getByRole('menuitem', { name: '数据导入' }).waitFor();
      await page.getByText('点击或拖拽文件到此区域').waitFor();
      await page.getByTestId('import-history').waitFor();
      await screenshot(page, 'registry-import-page');

      const dir = mkdtempSync(path.join(tmpdir(), 'wj-e2e-import-'));
      // A file of another type is refused before anything is stored, with the reason.
      writeFileSync(path.join(dir, 'notes.txt'), 'id,name');
      await page.locator('input[type="file"]').setInputFiles([path.join(dir, 'notes.txt')]);
      await page.getByTestId('import-start').click();
      await page.getByTestId('import-upload-error').getByText('文件 notes.txt 的类型不受支持').waitFor();
      await screenshot(page, 'registry-import-refused');

      await uploadFiles(page, writeFiles(dir, '2020-01-01'));
      await page.getByTestId('import-rejected').waitFor(POLL);
      const problems = page.getByTestId('import-problems');
      const cells = await problems.locator('tbody tr').first().locator('td').allInnerTexts();
      expect(cells.slice(0, 4)).toEqual(['institutions.csv', '3', 'licence_valid_to', '2020-01-01']);
      expect(cells[4]).toContain('有效期止不能早于有效期起');
      expect(await registered(page)).toBe(0);
      await screenshot(page, 'registry-import-rejected');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('report-csv').click(),
      ]);
      const report = readFileSync(await download.path(), 'utf8');
      expect(report).toContain('institutions.csv,3,licence_valid_to,2020-01-01');
      expect(report).toContain('The end date must not be before the start date.');

      await uploadFiles(page, writeFiles(dir, '2029-12-31'));
      const summary = page.getByTestId('import-summary');
      await summary.waitFor(POLL);
      const rows = await summary.locator('tbody tr').allInnerTexts();
      expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
        'institutions.csv · 医疗机构 2 0 0',
        'practitioners.csv · 医务人员 1 0 0',
      ]);
      expect(await registered(page)).toBe(2);
      await screenshot(page, 'registry-import-done');

      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await summary.getByText('Import complete').waitFor();
      await screenshot(page, 'registry-import-done-en');
      await page.getByRole('button', { name: 'Back to data import' }).click();
      const history = page.getByTestId('import-history');
      await history.getByText('3 created, 0 updated, 0 unchanged').first().waitFor();
      await history.getByText('Rejected').first().waitFor();
      await screenshot(page, 'registry-import-history-en');

      // A larger file: the phase and a progress bar while the job runs, then its summary.
      const many = ['id,name,category,scopes,title,status,registrations'];
      for (let n = 0; n < 30_000; n += 1)
        many.push(`${tag}-P${n},导入医师${n},clinical,03,resident,active,${tag}-H1`);
      const big = path.join(dir, 'practitioners-big.csv');
      writeFileSync(big, many.join('\r\n'));
      // The embedded database (PGlite, as here) has one session, which the job's write transaction
      // holds, so the poll gets its answer when the write ends; the first answer is held at the
      // writing phase for the picture (progress on PostgreSQL: test/registry-import-rules.test.ts).
      let held = false;
      await page.route(/\/api\/v1\/registry\/imports\/[0-9a-f-]{36}\?/, async (route) => {
        const response = await route.fetch();
        if (held) return route.fulfill({ response });
        held = true;
        const body = {
          ...(await response.json()),
          status: 'writing',
          processed: 12_000,
          total: 30_000,
          percent: 40,
          summary: null,
        };
        return route.fulfill({ response, json: body });
      });
      await page.goto('/registry/imports');
      await page.locator('input[type="file"]').setInputFiles([big]);
      await page.getByTestId('import-start').click();
      await page.getByTestId('import-progress').getByText('12,000 of 30,000 rows').waitFor(POLL);
      await screenshot(page, 'registry-import-progress-en', false);
      await page.getByTestId('import-summary').getByText('30,000', { exact: true }).waitFor(POLL);
      await page.unroute(/\/api\/v1\/registry\/imports\//);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
