import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openSession, screenshot } from './browser';

const DEMO_PASSWORD = 'Weijian@2026';
const POLL = { timeout: 15_000 };

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/');
}

/** The form item labelled `label` (exactly), to reach its control and its error. */
const formItem = (page: Page, label: string) =>
  page.locator('.ant-form-item').filter({ has: page.locator(`label:text-is("${label}")`) });

async function chooseOption(page: Page, item: Locator, text: string) {
  await item.locator('.ant-select').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

async function typeDate(item: Locator, date: string) {
  const input = item.locator('.ant-picker input');
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(date);
  await input.press('Enter');
}

interface Institution {
  id: string;
  name: string;
  address: string;
  licence: { number: string; departments: { code: string; name: string }[] } | null;
}

/** An active institution with a licence and a department it is not yet licensed for. */
async function pickInstitution(page: Page) {
  const list = await page.request.get('/api/v1/institutions?pageSize=50&status=active&category=clinic');
  const items = ((await list.json()) as { items: { id: string; licenceNumber: string | null }[] }).items;
  const candidates = ['03.02 消化内科专业', '04.01 普通外科专业', '03.01 呼吸内科专业', '07.01 新生儿专业'];
  for (const item of items.filter((i) => i.licenceNumber)) {
    const detail = (await (await page.request.get(`/api/v1/institutions/${item.id}`)).json()) as Institution;
    const held = new Set(detail.licence?.departments.map((d) => d.code));
    const add = candidates.find((c) => !held.has(c.split(' ')[0] as string));
    if (add) return { institution: detail, add };
  }
  throw new Error('no licensed clinic in the demo data');
}

/** Another active institution, for a multi-site filing. */
async function otherInstitution(page: Page, not: string) {
  const list = await page.request.get(
    '/api/v1/institutions?pageSize=5&status=active&category=general_hospital',
  );
  const items = ((await list.json()) as { items: { id: string; name: string }[] }).items;
  const found = items.find((i) => i.id !== not);
  if (!found) throw new Error('no second institution in the demo data');
  return found;
}

/** Chooses an institution in a registration row's searchable picker. */
async function pickInstitutionIn(page: Page, item: Locator, name: string) {
  await item.locator('.ant-select').click();
  await page.keyboard.type(name);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
    .first()
    .click();
}

describe('staff app — create and edit in the registry', () => {
  it('edits an institution, refuses an inverted validity on its field, creates a practitioner and files a multi-site registration', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await login(page, 'admin');
      const { institution, add } = await pickInstitution(page);
      const [addCode, addName] = add.split(' ') as [string, string];
      const address = `测试路 ${Date.now() % 100000} 号`;

      await page.goto(`/registry/institutions/${encodeURIComponent(institution.id)}`);
      await page.getByRole('heading', { name: institution.name }).waitFor();
      await page.getByTestId('institutions-edit').click();
      await expect.poll(() => new URL(page.url()).pathname, POLL).toMatch(/\/edit$/);
      const addressInput = page.getByTestId('institution-address');
      await expect.poll(() => addressInput.inputValue(), POLL).toBe(institution.address);
      await addressInput.fill(address);
      const departments = formItem(page, '核准诊疗科目');
      await departments.locator('.ant-select').click();
      await page.keyboard.type(addName);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: addCode })
        .first()
        .click();
      await page.keyboard.press('Escape');
      await departments.locator('.ant-select-selection-item', { hasText: addCode }).waitFor();
      await screenshot(page, 'registry-edit-institution-form');
      await page.getByTestId('institution-form-save').click();

      await expect
        .poll(() => new URL(page.url()).pathname, POLL)
        .toBe(`/registry/institutions/${encodeURIComponent(institution.id)}`);
      await page.getByText(address).first().waitFor();
      await page.getByTestId('licence-departments').getByText(addCode).first().waitFor();
      const latest = page.getByTestId('registry-timeline').locator('.ant-timeline-item').first();
      await latest.getByText('界面操作').waitFor();
      await latest.getByText(address).waitFor();
      await latest.getByText(`新增 ${addCode}`).waitFor();
      await screenshot(page, 'registry-edit-institution-saved');

      // An inverted validity is refused by the server and shown on the field it names.
      await page.getByTestId('institutions-edit').click();
      await expect.poll(() => addressInput.inputValue(), POLL).toBe(address);
      const validTo = formItem(page, '有效期至');
      await typeDate(formItem(page, '许可证有效期起'), '2025-06-01');
      await typeDate(validTo, '2020-01-01');
      await page.getByTestId('institution-form-save').click();
      await validTo.locator('.ant-form-item-explain-error').getByText('有效期止不能早于有效期起').waitFor();
      expect(new URL(page.url()).pathname).toMatch(/\/edit$/);
      await screenshot(page, 'registry-edit-institution-invalid');
      const unchanged = await (await page.request.get(`/api/v1/institutions/${institution.id}`)).json();
      expect(unchanged.licence.validTo).not.toBe('2020-01-01');

      // A new practitioner with a primary registration at that institution, found by search.
      const suffix = String(Date.now() % 100000).padStart(5, '0');
      const name = `测试医师${suffix}`;
      await page.goto('/registry/practitioners');
      await page.getByTestId('practitioners-new').click();
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/registry/practitioners/new');
      await formItem(page, '人员编号').locator('input').fill(`E2E${suffix}`);
      await formItem(page, '姓名').locator('input').fill(name);
      await chooseOption(page, formItem(page, '执业类别'), '临床');
      await chooseOption(page, formItem(page, '职称'), '主治医师');
      const primary = formItem(page, '执业机构').first();
      await primary.locator('.ant-select').click();
      await page.keyboard.type(institution.name);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: institution.name })
        .first()
        .click();
      await screenshot(page, 'registry-edit-practitioner-form');
      await page.getByTestId('practitioner-form-save').click();

      await expect
        .poll(() => new URL(page.url()).pathname, POLL)
        .toBe(`/registry/practitioners/E2E${suffix}`);
      await page.getByRole('heading', { name }).waitFor();
      await page
        .getByTestId('practitioner-registrations')
        .getByRole('link', { name: institution.name })
        .waitFor();
      await page.getByTestId('registry-timeline').getByText('界面操作').first().waitFor();
      await screenshot(page, 'registry-edit-practitioner-saved');

      await page.goto('/registry/practitioners');
      const box = page.getByTestId('practitioner-search').locator('input');
      await box.fill(name);
      await box.press('Enter');
      await page.getByTestId('practitioner-link').filter({ hasText: name }).first().waitFor();
      await screenshot(page, 'registry-edit-practitioner-found');

      // A multi-site filing: the same institution twice is refused on that row, another one is saved.
      const other = await otherInstitution(page, institution.id);
      await page.getByTestId('practitioner-link').filter({ hasText: name }).first().click();
      await page.getByTestId('practitioners-edit').click();
      await expect.poll(() => new URL(page.url()).pathname, POLL).toMatch(/\/edit$/);
      await formItem(page, '执业机构').first().getByText(institution.name).waitFor();
      await page.getByTestId('add-multi-site').click();
      const multiSite = formItem(page, '执业机构').nth(1);
      await pickInstitutionIn(page, multiSite, institution.name);
      await page.getByTestId('practitioner-form-save').click();
      await multiSite.locator('.ant-form-item-explain-error').getByText('重复登记').waitFor();
      await screenshot(page, 'registry-edit-practitioner-duplicate');
      await pickInstitutionIn(page, multiSite, other.name);
      await page.getByTestId('practitioner-form-save').click();
      await expect
        .poll(() => new URL(page.url()).pathname, POLL)
        .toBe(`/registry/practitioners/E2E${suffix}`);
      await page.getByTestId('practitioner-registrations').getByRole('link', { name: other.name }).waitFor();
      const change = page.getByTestId('registry-timeline').locator('.ant-timeline-item').first();
      await change.getByText(`${other.name}（多点执业`).waitFor();
      await screenshot(page, 'registry-edit-practitioner-multi-site');

      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByTestId('practitioners-edit').filter({ hasText: 'Edit' }).click();
      await page.getByRole('heading', { name: `Edit practitioner · ${name}` }).waitFor();
      await page.getByText('Add a multi-site institution').waitFor();
      await screenshot(page, 'registry-edit-practitioner-form-en');
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'registry-edit-failure', false);
      throw error;
    } finally {
      await context.close();
    }
  });

  it('shows no create or edit buttons to a user who may only read the registry', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await login(page, 'hp.inspector1');
      await page.goto('/registry/institutions');
      const first = page.getByTestId('institution-link').first();
      await first.waitFor();
      expect(await page.getByTestId('institutions-new').count()).toBe(0);
      await first.click();
      await page.getByTestId('institution-header').waitFor();
      expect(await page.getByTestId('institutions-edit').count()).toBe(0);
      await page.goto('/registry/practitioners');
      await page.getByTestId('practitioner-link').first().waitFor();
      expect(await page.getByTestId('practitioners-new').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
