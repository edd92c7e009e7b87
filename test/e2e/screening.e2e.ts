import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openSession, screenshot } from './browser';

const DEMO_PASSWORD = 'Weijian@2026';
const POLL = { timeout: 60_000 };
const HEADER =
  'id,institution_id,practitioner_id,department_code,service_date,patient_ref,item_type,item_code,quantity,unit_price';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const tag = `E2E${Date.now().toString(36).toUpperCase()}`;

interface Facts {
  institutionId: string;
  licenceNumber: string;
  serviceDate: string;
  registered: string;
  foreign: string;
  licensed: string;
  unlicensed: string;
}

const getJson = async <T>(page: Page, url: string): Promise<T> => {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
};

const within = (day: string, from: string | null, to: string | null) =>
  (!from || from.slice(0, 10) <= day) && (!to || day <= to.slice(0, 10));
const covered = (granted: string[], code: string) =>
  granted.some((g) => code === g || code.startsWith(`${g}.`));

/**
 * From Huangpu's registry, with the page's session: an active institution whose licence is valid on
 * the service date, a practitioner registered there, one who is not, a department its licence
 * covers and a top-level department it does not.
 */
async function registryFacts(page: Page): Promise<Facts> {
  const kemu = await getJson<{ items: { code: string; parentCode: string | null }[] }>(
    page,
    '/api/v1/code-lists/zhenliao_kemu',
  );
  const topLevel = kemu.items.filter((i) => !i.parentCode && !i.code.includes('.')).map((i) => i.code);
  const list = await getJson<{ items: { id: string; practitionerCount: number }[] }>(
    page,
    '/api/v1/institutions?district=310101&status=active&pageSize=100',
  );
  const others = await getJson<{ items: { id: string; primaryInstitutionId: string | null }[] }>(
    page,
    '/api/v1/practitioners?district=310101&status=active&pageSize=100',
  );
  type Detail = {
    licence: {
      number: string;
      validFrom: string | null;
      validTo: string | null;
      departments: { code: string }[];
    } | null;
    practitioners: { id: string }[];
  };
  type Practitioner = {
    registrations: { institutionId: string; validFrom: string | null; validTo: string | null }[];
  };
  for (const summary of list.items.filter((i) => i.practitionerCount > 0)) {
    const detail = await getJson<Detail>(page, `/api/v1/institutions/${summary.id}`);
    const licence = detail.licence;
    const registered = detail.practitioners[0]?.id;
    if (!licence?.departments.length || !registered) continue;
    // The service date: the day the practitioner's registration there starts (the registry is read as of it).
    const practitioner = await getJson<Practitioner>(page, `/api/v1/practitioners/${registered}`);
    const registration = practitioner.registrations.find((r) => r.institutionId === summary.id);
    const serviceDate = (registration?.validFrom ?? licence.validFrom ?? '').slice(0, 10);
    if (!serviceDate || !within(serviceDate, licence.validFrom, licence.validTo)) continue;
    const codes = licence.departments.map((d) => d.code);
    const unlicensed = topLevel.find((code) => !covered(codes, code));
    const here = new Set(detail.practitioners.map((p) => p.id));
    const foreign = others.items.find((p) => !here.has(p.id) && p.primaryInstitutionId !== summary.id)?.id;
    if (!unlicensed || !foreign) continue;
    return {
      institutionId: summary.id,
      licenceNumber: licence.number,
      serviceDate,
      registered,
      foreign,
      licensed: codes[0] as string,
      unlicensed,
    };
  }
  throw new Error('no suitable institution in the Huangpu demo registry');
}

function recordsCsv(rows: string[][]): string {
  return [HEADER, ...rows.map((r) => r.join(','))].join('\r\n');
}

async function uploadBatch(page: Page, file: string) {
  await page.goto('/screening/batches');
  await page.locator('input[type="file"]').setInputFiles([file]);
  await page.getByText(path.basename(file)).first().waitFor();
  await page.getByTestId('batch-start').click();
  await expect
    .poll(() => new URL(page.url()).pathname, POLL)
    .toMatch(/^\/screening\/batches\/[0-9a-f-]{36}$/);
}

/** Clicks until `done` shows (antd's opening animations can swallow a click). */
async function clickUntil(target: Locator, done: Locator) {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await target.click();
    if (
      await done.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error('the click had no visible effect');
}

describe('staff app — non-site screening', () => {
  it('screens an uploaded batch into warnings whose evidence leads to the broken licence; dismisses one, makes a clue of another', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/screening/batches');
      await page.locator('#username').fill('hp.inspector1');
      await page.locator('#password').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/screening/batches');
      await page.getByRole('menuitem', { name: '数据批次' }).waitFor();
      await page.getByText('点击或拖拽记录文件到此区域').waitFor();
      await page.getByTestId('batch-history').waitFor();
      await screenshot(page, 'screening-batches');

      const f = await registryFacts(page);
      const dir = mkdtempSync(path.join(tmpdir(), 'wj-e2e-screening-'));
      const good = path.join(dir, `records-${tag}.csv`);
      const line = (n: number, practitioner: string, department: string, patient: string) => [
        `${tag}-${n}`,
        f.institutionId,
        practitioner,
        department,
        f.serviceDate,
        patient,
        'procedure',
        'PRC0001',
        '1',
        '12.50',
      ];
      writeFileSync(
        good,
        recordsCsv([
          line(1, f.registered, f.unlicensed, `PT-${tag}-A`), // R2: a department the licence does not cover
          line(2, f.foreign, f.licensed, `PT-${tag}-B`), // R3: a practitioner not registered there
          line(3, f.registered, f.unlicensed, `PT-${tag}-C`), // R2 again
        ]),
      );
      await uploadBatch(page, good);
      const result = page.getByTestId('batch-result');
      await result.waitFor(POLL);
      const findings = page.getByTestId('batch-findings');
      await findings.getByTestId('batch-rule-DEPT_NOT_LICENSED').waitFor();
      await findings.getByTestId('batch-rule-NOT_REGISTERED_HERE').waitFor();
      await screenshot(page, 'screening-batch-done');

      // The warnings of the batch, then those of R2.
      await page.getByTestId('batch-warnings-link').click();
      await expect
        .poll(() => new URL(page.url()).searchParams.get('batchId'), POLL)
        .toMatch(/^[0-9a-f-]{36}$/);
      const table = page.getByTestId('warnings-table');
      await table.getByTestId('warning-open').first().waitFor();
      expect(await table.getByTestId('warning-open').count()).toBeGreaterThanOrEqual(3);
      await screenshot(page, 'screening-warnings');
      const batchId = new URL(page.url()).searchParams.get('batchId') as string;

      await page.goto(`/screening/warnings?batchId=${batchId}&rule=DEPT_NOT_LICENSED`);
      await expect.poll(() => table.getByTestId('warning-open').count(), POLL).toBe(2);
      await table.getByTestId('warning-open').first().click();
      const evidence = page.getByTestId('warning-evidence');
      await evidence.waitFor();
      expect((await evidence.getByTestId('evidence-broken').innerText()).length).toBeGreaterThan(4);
      await page.getByTestId('evidence-licence').getByText(f.licenceNumber).waitFor();
      await page.getByTestId('evidence-record').getByText('假名化患者标识').waitFor();
      await screenshot(page, 'screening-warning-detail');
      const r2Url = page.url();

      // The evidence leads to the licence that was broken.
      await page.getByTestId('evidence-licence-link').click();
      await expect
        .poll(() => new URL(page.url()).pathname, POLL)
        .toBe(`/registry/institutions/${f.institutionId}`);
      await page.getByTestId('licence-card').getByText(f.licenceNumber).waitFor();
      await page.goto(r2Url);

      // Dismiss it with a reason.
      await clickUntil(page.getByTestId('warning-dismiss'), page.getByTestId('dismiss-reason'));
      await page.getByTestId('dismiss-reason').fill('已核实：该科目已于当月补办登记');
      await page.getByTestId('dismiss-confirm').click();
      await page
        .getByTestId('warning-dismissal-reason')
        .getByText('已核实：该科目已于当月补办登记')
        .waitFor(POLL);
      await page.getByTestId('warning-status').getByText('已忽略').waitFor();
      expect(await page.getByTestId('warning-dismiss').count()).toBe(0);
      await screenshot(page, 'screening-warning-dismissed');

      // Make a clue of the R3 warning.
      await page.goto(`/screening/warnings?batchId=${batchId}&rule=NOT_REGISTERED_HERE`);
      await expect.poll(() => table.getByTestId('warning-open').count(), POLL).toBe(1);
      await table.getByTestId('warning-open').first().click();
      await page.getByTestId('evidence-practitioner').waitFor();
      await page.getByTestId('evidence-practitioner-link').waitFor();
      await clickUntil(page.getByTestId('warning-make-clue'), page.getByTestId('clue-title'));
      expect(await page.getByTestId('clue-title').inputValue()).not.toBe('');
      await page.getByTestId('clue-note').fill('非本机构注册医师执业，建议现场核查');
      await page.getByTestId('clue-confirm').click();
      await expect
        .poll(() => new URL(page.url()).pathname, POLL)
        .toMatch(/^\/screening\/clues\/[0-9a-f-]{36}$/);
      const number = await page.getByTestId('clue-number').innerText();
      expect(number.trim()).toMatch(/^XS310101-\d{4}-\d{5}$/);
      await page.getByTestId('clue-warnings').getByTestId('warning-open').first().waitFor();
      await screenshot(page, 'screening-clue');

      // The list shows the two outcomes; the dashboard counts them.
      await page.goto(`/screening/warnings?batchId=${batchId}`);
      await table.getByText('已忽略').first().waitFor(POLL);
      await table.getByText(number.trim()).first().waitFor();
      await page.goto('/screening/dashboard');
      await page.getByTestId('dash-by-rule').waitFor(POLL);
      await screenshot(page, 'screening-dashboard');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('rejects a batch with a malformed row, naming the row and the column, and screens nothing', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/screening/batches');
      await page.locator('#username').fill('hp.inspector1');
      await page.locator('#password').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await page.getByTestId('batch-history').waitFor(POLL);
      const f = await registryFacts(page);
      const dir = mkdtempSync(path.join(tmpdir(), 'wj-e2e-screening-'));
      const bad = path.join(dir, `bad-${tag}.csv`);
      writeFileSync(
        bad,
        recordsCsv([
          [
            `${tag}-B1`,
            f.institutionId,
            f.registered,
            f.licensed,
            f.serviceDate,
            `PT-${tag}-D`,
            'procedure',
            'PRC0001',
            '1',
            '5',
          ],
          [
            `${tag}-B2`,
            f.institutionId,
            f.registered,
            f.licensed,
            '2026-13-45',
            `PT-${tag}-E`,
            'procedure',
            'PRC0001',
            '1',
            '5',
          ],
        ]),
      );
      await uploadBatch(page, bad);
      await page.getByTestId('batch-rejected').waitFor(POLL);
      const cells = await page
        .getByTestId('batch-problems')
        .locator('tbody tr')
        .first()
        .locator('td')
        .allInnerTexts();
      expect(cells.slice(0, 3)).toEqual(['3', 'service_date', '2026-13-45']);
      expect(cells[3]?.length).toBeGreaterThan(0);
      await screenshot(page, 'screening-batch-rejected');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
