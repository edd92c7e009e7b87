import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openSession, screenshot } from './browser';

const DEMO_PASSWORD = 'Weijian@2026';
const POLL = { timeout: 15_000 };
const DIVISION = 'http://weijian.local/fhir/StructureDefinition/administrative-division';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Resource {
  resourceType: string;
  id: string;
  address?: { extension?: { url: string; valueCoding?: { code?: string } }[] }[];
}
interface Bundle {
  resourceType: string;
  type: string;
  entry?: { resource: Resource }[];
}

/** Clicks a download link and reads the FHIR Bundle it saves. */
async function downloadBundle(page: Page, testId: string): Promise<Bundle> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(download.suggestedFilename()).toMatch(/\.fhir\.json$/);
  return JSON.parse(readFileSync(await download.path(), 'utf8')) as Bundle;
}

const organizations = (bundle: Bundle) =>
  (bundle.entry ?? []).map((e) => e.resource).filter((r) => r.resourceType === 'Organization');

describe('staff app — FHIR export', () => {
  it('downloads the filtered list and one institution as FHIR Bundles, within the district', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/registry/institutions?category=clinic');
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/login');
      await page.locator('#username').fill('hp.admin');
      await page.locator('#password').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/registry/institutions');
      await page.getByTestId('institution-link').first().waitFor();
      const button = page.getByTestId('institutions-export-fhir');
      await button.filter({ hasText: '导出 FHIR' }).waitFor();
      await button.hover();
      await page.getByRole('tooltip').filter({ hasText: 'FHIR R4 Bundle' }).waitFor();
      await screenshot(page, 'registry-fhir-export-list', false);

      const list = await downloadBundle(page, 'institutions-export-fhir');
      expect(list).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      const orgs = organizations(list);
      expect(orgs.length).toBeGreaterThan(0);
      const districts = new Set(
        orgs.map((o) => o.address?.[0]?.extension?.find((e) => e.url === DIVISION)?.valueCoding?.code),
      );
      expect([...districts]).toEqual(['310101']);

      await page.getByTestId('institution-link').first().click();
      await page.getByTestId('institution-export-fhir').filter({ hasText: '导出 FHIR' }).waitFor();
      await screenshot(page, 'registry-fhir-export-detail', false);
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      const one = await downloadBundle(page, 'institution-export-fhir');
      expect(organizations(one).map((o) => o.id)).toEqual([id]);
      expect((one.entry ?? []).some((e) => e.resource.resourceType === 'Location')).toBe(true);

      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByTestId('institution-export-fhir').filter({ hasText: 'Export FHIR' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
