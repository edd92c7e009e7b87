import { describe, expect, it } from 'vitest';
import { filterMenu, MENU, type MenuEntry, openGroupKeys, selectedMenuKey } from './menu';

const keys = (entries: MenuEntry[]): string[] =>
  entries.flatMap((e) => [e.key, ...(e.children ? keys(e.children) : [])]);

const ADMIN = [
  'identity.departments.read',
  'identity.departments.manage',
  'identity.users.read',
  'identity.users.manage',
  'identity.roles.read',
  'audit.read',
  'audit.verify',
];

describe('filterMenu', () => {
  it('shows everything to an administrator', () => {
    expect(keys(filterMenu(MENU, ADMIN))).toEqual([
      'home',
      'notifications',
      'admin',
      'departments',
      'users',
      'roles',
      'audit',
    ]);
  });

  it('hides the admin group entirely from users without admin permissions', () => {
    expect(keys(filterMenu(MENU, []))).toEqual(['home', 'notifications']);
  });

  it('shows only the permitted admin pages (an auditor sees the audit log)', () => {
    expect(keys(filterMenu(MENU, ['audit.read', 'audit.verify']))).toEqual([
      'home',
      'notifications',
      'admin',
      'audit',
    ]);
  });

  it('shows the registry group (institutions, practitioners, code lists) with registry.read', () => {
    expect(keys(filterMenu(MENU, ['registry.read']))).toEqual([
      'home',
      'notifications',
      'registry',
      'institutions',
      'practitioners',
      'codeLists',
    ]);
    expect(selectedMenuKey(filterMenu(MENU, ['registry.read']), '/registry/institutions/abc')).toBe(
      'institutions',
    );
  });

  it('shows data import under the registry only with registry.import', () => {
    expect(keys(filterMenu(MENU, ['registry.read', 'registry.import']))).toEqual([
      'home',
      'notifications',
      'registry',
      'institutions',
      'practitioners',
      'codeLists',
      'imports',
    ]);
    expect(selectedMenuKey(filterMenu(MENU, ['registry.import']), '/registry/imports/abc')).toBe('imports');
  });

  it('does not treat manage as implying read', () => {
    expect(keys(filterMenu(MENU, ['identity.users.manage']))).toEqual(['home', 'notifications']);
  });
});

describe('selectedMenuKey / openGroupKeys', () => {
  const menu = filterMenu(MENU, ADMIN);

  it('highlights the entry whose path prefixes the location', () => {
    expect(selectedMenuKey(menu, '/')).toBe('home');
    expect(selectedMenuKey(menu, '/admin/users')).toBe('users');
    expect(selectedMenuKey(menu, '/admin/users/123')).toBe('users');
    expect(selectedMenuKey(menu, '/notifications')).toBe('notifications');
    expect(selectedMenuKey(menu, '/nowhere')).toBeNull();
  });

  it('opens the group that contains the selected entry', () => {
    expect(openGroupKeys(menu, 'audit')).toEqual(['admin']);
    expect(openGroupKeys(menu, 'home')).toEqual([]);
    expect(openGroupKeys(menu, null)).toEqual([]);
  });
});
