import { describe, expect, it } from 'vitest';
import { filterMenu, MENU, type MenuEntry, PERMISSIONS, selectedMenuKey } from '../../app/menu';
import { en } from '../../app/i18n/en';
import { zhCN } from '../../app/i18n/zh-CN';

const keys = (entries: MenuEntry[]): string[] =>
  entries.flatMap((e) => [e.key, ...(e.children ? keys(e.children) : [])]);

describe('the screening menu group', () => {
  it('shows its four pages to a holder of screening.read and nothing without it', () => {
    const shown = keys(filterMenu(MENU, [PERMISSIONS.screeningRead]));
    expect(shown).toEqual([
      'home',
      'notifications',
      'screening',
      'screeningBatches',
      'screeningWarnings',
      'screeningClues',
      'screeningDashboard',
    ]);
    expect(keys(filterMenu(MENU, [PERMISSIONS.screeningUpload]))).not.toContain('screening');
  });

  it('highlights the list entry on a detail page', () => {
    const entries = filterMenu(MENU, [PERMISSIONS.screeningRead]);
    expect(selectedMenuKey(entries, '/screening/warnings/abc')).toBe('screeningWarnings');
    expect(selectedMenuKey(entries, '/screening/batches/abc')).toBe('screeningBatches');
  });

  it('has every screening message in both languages', () => {
    const screening = Object.keys(zhCN).filter(
      (k) => k.startsWith('screen.') || k.startsWith('nav.screening'),
    );
    expect(screening.length).toBeGreaterThan(150);
    for (const key of screening) expect(en[key as keyof typeof en], key).toBeTruthy();
  });
});
