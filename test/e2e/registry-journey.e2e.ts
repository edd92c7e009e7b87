import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { pinyin } from 'pinyin-pro';
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

/** The pinyin initials the registry search matches (第一人民医院 → dyrmyy). */
const initialsOf = (name: string) =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

async function login(page: Page, username: string) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
}

async function openMenu(page: Page, group: string, item: string) {
  const menu = page.locator('.wj-sider');
  const entry = menu.locator('.ant-menu-item', { hasText: item });
  if (!(await entry.isVisible())) await menu.locator('.ant-menu-submenu-title', { hasText: group }).click();
  await entry.click();
}

async function search(page: Page, testId: string, text: string) {
  const box = page.getByTestId(testId).locator('input');
  await box.fill(text);
  await box.press('Enter');
}

interface Summary {
  id: string;
  name: string;
  districtName: string;
  licenceNumber: string | null;
  practitionerCount: number;
}

/** An institution with a licence and practitioners (found through the API the page uses). */
async function pickInstitution(page: Page): Promise<Summary> {
  for (const category of ['general_hospital', 'specialty_hospital', '']) {
    const response = await page.request.get(
      `/api/v1/institutions?pageSize=100&status=active${category ? `&category=${category}` : ''}`,
    );
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { items: Summary[] };
    const hit = body.items.find((i) => i.licenceNumber && i.practitionerCount > 0);
    if (hit) return hit;
  }
  throw new Error('no institution with a licence and practitioners in the demo data');
}

describe('staff app — registry journey', () => {
  it('searches institutions, opens details, browses code lists, exports, in both languages', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/registry/institutions');
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/login');
      await login(page, 'admin');
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/registry/institutions');
      await page.getByRole('heading', { name: '医疗机构' }).waitFor();
      await page.getByTestId('institution-link').first().waitFor();
      await screenshot(page, 'registry-institutions');

      const target = await pickInstitution(page);
      const rowLink = page.getByTestId('institution-link').filter({ hasText: target.name });

      await search(page, 'institution-search', target.name);
      await rowLink.first().waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe(target.name);
      await screenshot(page, 'registry-search-name');

      const initials = initialsOf(target.name);
      await search(page, 'institution-search', initials.toUpperCase());
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe(initials.toUpperCase());
      await rowLink.first().waitFor();
      await screenshot(page, 'registry-search-initials');

      await rowLink.first().click();
      await expect
        .poll(() => new URL(page.url()).pathname, POLL)
        .toBe(`/registry/institutions/${encodeURIComponent(target.id)}`);
      await page.getByRole('heading', { name: target.name }).waitFor();
      await page
        .getByTestId('licence-card')
        .getByText(target.licenceNumber ?? '')
        .waitFor();
      await page.getByTestId('licence-departments').locator('.ant-tag').first().waitFor();
      const practitioners = page.getByTestId('institution-practitioners');
      await practitioners.locator('.ant-table-row a').first().waitFor();
      await page.getByTestId('registry-timeline').waitFor();
      await screenshot(page, 'registry-institution-detail');

      const practitionerName = (await practitioners.locator('.ant-table-row a').first().innerText()).trim();
      await practitioners.locator('.ant-table-row a').first().click();
      await page.getByRole('heading', { name: practitionerName }).waitFor();
      const registrations = page.getByTestId('practitioner-registrations');
      await registrations.getByRole('link', { name: target.name }).first().waitFor();
      await screenshot(page, 'registry-practitioner-detail');

      await openMenu(page, '机构与人员', '医务人员');
      await page.getByRole('heading', { name: '医务人员' }).waitFor();
      await page.getByTestId('practitioner-link').first().waitFor();
      // Scopes are 诊疗科目 codes: the list names them from that code list, as the detail page does.
      const listed = (await (
        await page.request.get('/api/v1/practitioners?pageSize=1&sort=name')
      ).json()) as {
        items: { scopes: string[] }[];
      };
      const kemu = (await (await page.request.get('/api/v1/code-lists/zhenliao_kemu')).json()) as {
        items: { code: string; name: string }[];
      };
      const scope = listed.items[0]?.scopes[0] ?? '';
      const scopeName = kemu.items.find((item) => item.code === scope)?.name ?? '';
      expect(scopeName).not.toBe('');
      await page.locator('.ant-table-row').first().getByText(scopeName, { exact: true }).waitFor();
      await screenshot(page, 'registry-practitioners');

      await openMenu(page, '机构与人员', '代码表');
      await page.getByRole('heading', { name: '代码表' }).waitFor();
      await page.getByTestId('code-list-link').filter({ hasText: '诊疗科目' }).first().click();
      const viewer = page.getByTestId('code-list-viewer');
      await viewer.getByTestId('code-list-tree').waitFor();
      await search(page, 'code-list-search', '呼吸');
      const tree = viewer.getByTestId('code-list-tree');
      await tree.locator('.ant-tree-treenode', { hasText: '内科' }).first().waitFor();
      await tree.locator('.ant-tree-treenode', { hasText: '呼吸内科专业' }).getByText('03.01').waitFor();
      await screenshot(page, 'registry-code-lists');

      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Code lists' }).waitFor();
      await openMenu(page, 'Registry', 'Institutions');
      await page.getByRole('heading', { name: 'Medical institutions' }).waitFor();
      await page.getByRole('columnheader', { name: 'Licence number' }).waitFor();
      await page.getByTestId('institutions-export-csv').filter({ hasText: 'Export CSV' }).waitFor();
      await page.getByTestId('institution-link').first().waitFor();
      await screenshot(page, 'registry-institutions-en');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('institutions-export-csv').click(),
      ]);
      const file = await download.path();
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
      expect(lines.length).toBeGreaterThan(1);
      expect(lines[0]?.split(',').length).toBeGreaterThan(3);
      expect(text).toContain(target.name);

      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a district administrator only the institutions of their district', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/login');
      await login(page, 'hp.admin');
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/');
      await page.goto('/registry/institutions?pageSize=100');
      await page.getByTestId('institution-link').first().waitFor();
      const districts = await page.locator('.ant-table-row td:nth-child(3)').allInnerTexts();
      expect(districts.length).toBeGreaterThan(0);
      expect(new Set(districts.map((d) => d.trim()))).toEqual(new Set(['黄浦区']));
      const response = await page.request.get('/api/v1/institutions?pageSize=100');
      const body = (await response.json()) as { items: Summary[]; total: number };
      expect(body.items.every((i) => i.districtName === '黄浦区')).toBe(true);
      await screenshot(page, 'registry-hp-institutions');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
