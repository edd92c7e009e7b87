import type { Browser, Page } from 'playwright-core';
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
  await expect.poll(() => new URL(page.url()).pathname, POLL).not.toBe('/login');
}

interface Summary {
  id: string;
  name: string;
}

/** The first institution of a list query (through the API the pages use). */
async function first(page: Page, query: string): Promise<Summary> {
  const response = await page.request.get(`/api/v1/institutions?pageSize=1&sort=-beds&${query}`);
  expect(response.status()).toBe(200);
  const [hit] = ((await response.json()) as { items: Summary[] }).items;
  if (!hit) throw new Error(`no institution for ${query}`);
  return hit;
}

async function openInstitution(page: Page, institution: Summary) {
  await page.goto(`/registry/institutions/${encodeURIComponent(institution.id)}`);
  await page.getByRole('heading', { name: institution.name }).waitFor();
}

describe('staff app — filings and validation', () => {
  it('records a validation result and shows it in the section and in the timeline', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await login(page, 'admin');
      const due = await first(page, 'verification=due&status=active');
      await openInstitution(page, due);
      const section = page.getByTestId('validations');
      await expect
        .poll(() => section.getByTestId('verification-tag').getAttribute('data-state'), POLL)
        .toBe('due');
      await page.getByTestId('licence-history').getByText('现行').waitFor();
      await screenshot(page, 'filings-institution-detail');

      await section.getByTestId('validation-record').click();
      const form = page.getByTestId('validation-form');
      await form.waitFor();
      await form.getByText('暂缓校验').click();
      await form.locator('textarea').fill('医疗质量安全检查不合格，限期整改');
      await screenshot(page, 'filings-validation-modal', false);
      await page.getByTestId('validation-form-save').click();

      await section.getByText('医疗质量安全检查不合格，限期整改').waitFor();
      await expect
        .poll(() => section.getByTestId('verification-tag').getAttribute('data-state'), POLL)
        .toBe('not_due');
      const timeline = page.getByTestId('registry-timeline');
      await timeline.getByText('记录校验结论').first().waitFor();
      await timeline.getByText('暂缓校验').first().waitFor();
      await screenshot(page, 'filings-validation-recorded');

      // The list filter finds overdue institutions.
      await page.goto('/registry/institutions?verification=overdue');
      await page.getByTestId('institution-link').first().waitFor();
      await expect
        .poll(() => page.getByTestId('verification-filter').innerText(), POLL)
        .toContain('逾期未校验');
      await screenshot(page, 'filings-institutions-overdue');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a hospital’s technology filings with the filing form, and a clinic’s filing, in both languages', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await login(page, 'admin');
      const hospital = await first(page, 'category=general_hospital&status=active');
      await openInstitution(page, hospital);
      const filings = page.getByTestId('technology-filings');
      await filings.locator('.ant-table-row').first().waitFor();
      await screenshot(page, 'filings-technology');

      await filings.getByTestId('technology-filing-add').click();
      const form = page.getByTestId('technology-filing-form');
      await form.waitFor();
      await page.getByTestId('technology-filing-form-save').click();
      await form.locator('.ant-form-item-explain-error').first().waitFor();
      await screenshot(page, 'filings-technology-modal-empty', false);
      await page
        .getByRole('button', { name: '取 消' })
        .or(page.getByRole('button', { name: '取消' }))
        .click();
      await form.waitFor({ state: 'detached' });

      const clinicResponse = await page.request.get(
        '/api/v1/institutions?pageSize=50&category=clinic&status=active',
      );
      const clinics = ((await clinicResponse.json()) as { items: Summary[] }).items;
      let filed: Summary | undefined;
      for (const clinic of clinics) {
        const detail = await (
          await page.request.get(`/api/v1/institutions/${encodeURIComponent(clinic.id)}`)
        ).json();
        if (detail.clinicFiling) {
          filed = clinic;
          break;
        }
      }
      if (!filed) throw new Error('no clinic with a filing in the demo data');
      await openInstitution(page, filed);
      await page.getByTestId('clinic-filing').getByRole('heading', { name: '备案诊疗科目' }).waitFor();
      await screenshot(page, 'filings-clinic');

      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByTestId('clinic-filing').getByRole('heading', { name: 'Departments filed' }).waitFor();
      await page.getByTestId('validations').getByText('Validation (校验)').waitFor();
      await screenshot(page, 'filings-clinic-en');
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'filings-failure');
      throw error;
    } finally {
      await context.close();
    }
  });
});
