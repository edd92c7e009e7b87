import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseUserMenu, launchBrowser, openSession, screenshot } from './browser';

const DEMO_PASSWORD = 'Weijian@2026';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function login(page: Page, username: string, password: string) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** Clicks a side-menu entry, opening its group first when needed (menu item names include the icon label). */
async function openMenu(page: Page, group: string | null, item: string) {
  const menu = page.locator('.wj-sider');
  const entry = menu.locator('.ant-menu-item', { hasText: item });
  if (group && !(await entry.isVisible()))
    await menu.locator('.ant-menu-submenu-title', { hasText: group }).click();
  await entry.click();
}

const POLL = { timeout: 15_000 };

/** Picks an option of an antd Select opened by clicking `selector`, optionally typing to search first. */
async function pick(page: Page, selector: string, option: string, search?: string) {
  await page.locator(selector).click();
  if (search) await page.keyboard.type(search);
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
    .first()
    .click();
}

describe('staff app — administrator journey', () => {
  it('signs in, manages identity, verifies the audit chain, switches language and signs out', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/admin/users');
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/login');
      expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/users');
      await page.getByText('医疗卫生行业综合监管平台').first().waitFor();
      await screenshot(page, 'login');

      await login(page, 'admin', DEMO_PASSWORD);
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/admin/users');
      await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();

      await openMenu(page, null, '工作台');
      await page.getByTestId('profile-card').getByText('系统管理员').waitFor();
      await page.getByText('上海市卫生健康委员会监督所').first().waitFor();
      await screenshot(page, 'home');

      await openMenu(page, '系统管理', '部门管理');
      await page.getByRole('heading', { name: '部门管理' }).waitFor();
      await page.getByPlaceholder('搜索部门名称或编码').fill('黄浦区卫生健康委员会监督所');
      await page.getByPlaceholder('搜索部门名称或编码').press('Enter');
      await page.getByText('黄浦区卫生健康委员会监督所', { exact: true }).first().waitFor();
      await screenshot(page, 'departments');

      await openMenu(page, '系统管理', '用户管理');
      await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();
      await screenshot(page, 'users');

      const username = `e2e.inspector${Date.now() % 100000}`;
      await page.getByTestId('user-create').click();
      await page.locator('.ant-drawer #username').fill(username);
      await page.locator('.ant-drawer #displayName').fill('测试执法员');
      await page.locator('.ant-drawer #email').fill(`${username}@example.com`);
      // The option list opens with an animation that can swallow the click: pick until the tag shows.
      const roleTag = page.locator('.ant-drawer .ant-select-selection-item', { hasText: '执法人员' });
      for (let attempt = 0; attempt < 3 && !(await roleTag.isVisible()); attempt += 1) {
        await pick(page, '.ant-drawer #roles', '执法人员');
        await roleTag.waitFor({ timeout: 3000 }).catch(() => {});
      }
      await page.keyboard.press('Escape');
      await pick(
        page,
        '.ant-drawer #departmentId',
        '黄浦区卫生健康委员会监督所',
        '黄浦区卫生健康委员会监督所',
      );
      await screenshot(page, 'user-create-drawer', false);
      await page.getByTestId('user-save').click();
      const modal = page.getByTestId('initial-password-modal');
      await modal.waitFor();
      const initialPassword = (await page.getByTestId('initial-password').innerText()).trim();
      expect(initialPassword.length).toBeGreaterThanOrEqual(10);
      await screenshot(page, 'user-initial-password', false);
      await page.locator('.ant-modal-footer button').click();
      await page.getByRole('cell', { name: username, exact: true }).waitFor();

      await openMenu(page, '系统管理', '角色权限');
      await page.getByText('角色 × 权限矩阵').waitFor();
      await page.getByRole('columnheader', { name: '审计员' }).waitFor();
      await screenshot(page, 'roles');

      await openMenu(page, '系统管理', '审计日志');
      await page.getByRole('heading', { name: '审计日志' }).waitFor();
      await page.locator('.ant-table-row').first().waitFor();
      // The list is fetched once, not in a render loop.
      let auditRequests = 0;
      page.on('request', (r) => {
        if (r.url().includes('/api/v1/audit?')) auditRequests += 1;
      });
      await page.waitForTimeout(1500);
      expect(auditRequests).toBe(0);
      await page.locator('.ant-table-row-expand-icon').first().click();
      await page.getByTestId('audit-diff').first().waitFor();
      await page.getByTestId('audit-verify').click();
      await page.getByTestId('audit-verify-result').getByText('审计链完整').waitFor();
      await screenshot(page, 'audit');

      await openMenu(page, null, '消息通知');
      await page.getByRole('heading', { name: '消息通知' }).waitFor();
      await screenshot(page, 'notifications');

      await chooseUserMenu(page, '修改密码', () => page.getByLabel('当前密码').isVisible());
      await screenshot(page, 'change-password');

      await page.goto('/no-such-page');
      await page.getByText('您访问的页面不存在。').waitFor();
      await screenshot(page, 'not-found');

      await page.goto('/admin/audit');
      await page.getByRole('heading', { name: '审计日志' }).waitFor();
      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Audit log' }).waitFor();
      await page.locator('.wj-sider .ant-menu-item', { hasText: 'Users' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await screenshot(page, 'audit-en');

      await page.reload();
      await page.getByRole('heading', { name: 'Audit log' }).waitFor();
      await page.getByRole('columnheader', { name: 'Actor' }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem('weijian.lang'))).toBe('en');
      await openMenu(page, 'Administration', 'Users');
      await page.getByRole('columnheader', { name: 'Username' }).waitFor();
      await screenshot(page, 'users-en');

      await chooseUserMenu(page, 'Sign out', async () => new URL(page.url()).pathname === '/login');
      await page.getByText('You have signed out.').waitFor();
      await screenshot(page, 'logged-out');

      // The new user must change the one-time password at first sign-in and sees only permitted menus.
      await login(page, username, initialPassword);
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/account/password');
      await page.getByText('you must change your password').waitFor();
      await screenshot(page, 'first-login-change-password');
      await page.getByLabel('Current password').fill(initialPassword);
      await page.getByLabel('New password', { exact: true }).fill('short1');
      await page.getByLabel('Confirm new password').fill('short1');
      await page.locator('.wj-content button[type="submit"]').click();
      await page.locator('.ant-form-item-explain-error', { hasText: 'At least 10 characters' }).waitFor();
      await page.getByLabel('New password', { exact: true }).fill('Inspector2026x');
      await page.getByLabel('Confirm new password').fill('Inspector2026x');
      await page.locator('.wj-content button[type="submit"]').click();
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/');
      await page.getByTestId('profile-card').getByText('Inspector', { exact: true }).waitFor();
      // An inspector may read departments but not users, roles or the audit log.
      const sider = page.locator('.wj-sider');
      await sider.locator('.ant-menu-submenu-title', { hasText: 'Administration' }).click();
      await sider.locator('.ant-menu-item', { hasText: 'Departments' }).waitFor();
      for (const hidden of ['Users', 'Roles & permissions', 'Audit log']) {
        expect(await sider.locator('.ant-menu-item', { hasText: hidden }).count(), hidden).toBe(0);
      }
      await screenshot(page, 'inspector-home');

      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the server message for a wrong password', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/login');
      await login(page, 'admin', 'definitely-wrong-1');
      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('用户名或密码');
      expect(new URL(page.url()).pathname).toBe('/login');
      await screenshot(page, 'login-error');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('public portal', () => {
  it('lists the supervising bodies by district without signing in', async () => {
    const { context, page, pageErrors } = await openSession(browser, baseUrl);
    try {
      await page.goto('/portal');
      await page.getByRole('heading', { name: '监管机构名录' }).waitFor();
      await page.getByText('黄浦区卫生健康委员会监督所', { exact: true }).waitFor();
      expect(await page.getByTestId('jurisdiction-group').count()).toBeGreaterThan(1);
      await screenshot(page, 'portal');

      await pick(page, '[data-testid="district-filter"]', '黄浦区');
      await expect.poll(() => page.getByTestId('jurisdiction-group').count(), POLL).toBe(1);
      await page.getByText('黄浦区卫生健康委员会监督所', { exact: true }).waitFor();
      await screenshot(page, 'portal-district');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
