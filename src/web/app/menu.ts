import type { MessageKey } from './i18n/zh-CN';

export type IconName =
  | 'home'
  | 'bell'
  | 'setting'
  | 'apartment'
  | 'team'
  | 'safety'
  | 'audit'
  | 'registry'
  | 'institution'
  | 'practitioner'
  | 'codeList'
  | 'import'
  | 'screening'
  | 'batch'
  | 'warning'
  | 'clue'
  | 'dashboard';

export interface MenuEntry {
  key: string;
  path?: string;
  label: MessageKey;
  icon: IconName;
  /** Shown only when the user holds this permission; undefined = every signed-in user. */
  permission?: string;
  children?: MenuEntry[];
}

export const PERMISSIONS = {
  departmentsRead: 'identity.departments.read',
  departmentsManage: 'identity.departments.manage',
  usersRead: 'identity.users.read',
  usersManage: 'identity.users.manage',
  rolesRead: 'identity.roles.read',
  auditRead: 'audit.read',
  auditVerify: 'audit.verify',
  registryRead: 'registry.read',
  registryManage: 'registry.manage',
  registryImport: 'registry.import',
  screeningRead: 'screening.read',
  screeningUpload: 'screening.upload',
  screeningReview: 'screening.review',
} as const;

export const MENU: readonly MenuEntry[] = [
  { key: 'home', path: '/', label: 'nav.home', icon: 'home' },
  { key: 'notifications', path: '/notifications', label: 'nav.notifications', icon: 'bell' },
  {
    key: 'registry',
    label: 'nav.registry',
    icon: 'registry',
    children: [
      {
        key: 'institutions',
        path: '/registry/institutions',
        label: 'nav.institutions',
        icon: 'institution',
        permission: PERMISSIONS.registryRead,
      },
      {
        key: 'practitioners',
        path: '/registry/practitioners',
        label: 'nav.practitioners',
        icon: 'practitioner',
        permission: PERMISSIONS.registryRead,
      },
      {
        key: 'codeLists',
        path: '/registry/code-lists',
        label: 'nav.codeLists',
        icon: 'codeList',
        permission: PERMISSIONS.registryRead,
      },
      {
        key: 'imports',
        path: '/registry/imports',
        label: 'nav.imports',
        icon: 'import',
        permission: PERMISSIONS.registryImport,
      },
    ],
  },
  {
    key: 'screening',
    label: 'nav.screening',
    icon: 'screening',
    children: [
      {
        key: 'screeningBatches',
        path: '/screening/batches',
        label: 'nav.screeningBatches',
        icon: 'batch',
        permission: PERMISSIONS.screeningRead,
      },
      {
        key: 'screeningWarnings',
        path: '/screening/warnings',
        label: 'nav.screeningWarnings',
        icon: 'warning',
        permission: PERMISSIONS.screeningRead,
      },
      {
        key: 'screeningClues',
        path: '/screening/clues',
        label: 'nav.screeningClues',
        icon: 'clue',
        permission: PERMISSIONS.screeningRead,
      },
      {
        key: 'screeningDashboard',
        path: '/screening/dashboard',
        label: 'nav.screeningDashboard',
        icon: 'dashboard',
        permission: PERMISSIONS.screeningRead,
      },
    ],
  },
  {
    key: 'admin',
    label: 'nav.admin',
    icon: 'setting',
    children: [
      {
        key: 'departments',
        path: '/admin/departments',
        label: 'nav.departments',
        icon: 'apartment',
        permission: PERMISSIONS.departmentsRead,
      },
      {
        key: 'users',
        path: '/admin/users',
        label: 'nav.users',
        icon: 'team',
        permission: PERMISSIONS.usersRead,
      },
      {
        key: 'roles',
        path: '/admin/roles',
        label: 'nav.roles',
        icon: 'safety',
        permission: PERMISSIONS.rolesRead,
      },
      {
        key: 'audit',
        path: '/admin/audit',
        label: 'nav.audit',
        icon: 'audit',
        permission: PERMISSIONS.auditRead,
      },
    ],
  },
];

/** Keeps only the entries the user may see; groups left without children disappear. */
export function filterMenu(entries: readonly MenuEntry[], permissions: readonly string[]): MenuEntry[] {
  const granted = new Set(permissions);
  const out: MenuEntry[] = [];
  for (const entry of entries) {
    if (entry.permission && !granted.has(entry.permission)) continue;
    if (entry.children) {
      const children = filterMenu(entry.children, permissions);
      if (children.length === 0) continue;
      out.push({ ...entry, children });
    } else {
      out.push(entry);
    }
  }
  return out;
}

/** The menu key of the deepest entry whose path prefixes `pathname` (for highlighting). */
export function selectedMenuKey(entries: readonly MenuEntry[], pathname: string): string | null {
  let best: { key: string; length: number } | null = null;
  const visit = (list: readonly MenuEntry[]) => {
    for (const entry of list) {
      if (entry.path) {
        const matches =
          entry.path === '/'
            ? pathname === '/'
            : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
        if (matches && (!best || entry.path.length > best.length))
          best = { key: entry.key, length: entry.path.length };
      }
      if (entry.children) visit(entry.children);
    }
  };
  visit(entries);
  return (best as { key: string } | null)?.key ?? null;
}

/** The group keys to open so that the selected entry is visible. */
export function openGroupKeys(entries: readonly MenuEntry[], selected: string | null): string[] {
  if (!selected) return [];
  return entries.filter((e) => e.children?.some((c) => c.key === selected)).map((e) => e.key);
}
