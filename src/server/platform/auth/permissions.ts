import type { Role } from '../../../shared/roles.js';

/** One permission: which roles hold it, and its name for the roles page. */
export interface PermissionDef {
  roles: readonly Role[];
  name: string;
  nameEn: string;
}

/** Each module declares its permissions once, as data, in its policy.ts. */
export type PermissionTable = Record<string, PermissionDef>;

/** How a route is reached: by anyone, by any signed-in user, or by holders of one permission. */
export type Access = 'public' | 'authenticated' | { permission: string };

export function hasPermission(table: PermissionTable, roles: readonly Role[], permission: string): boolean {
  const def = table[permission];
  return !!def && def.roles.some((role) => roles.includes(role));
}

export function permissionsOf(table: PermissionTable, roles: readonly Role[]): string[] {
  return Object.keys(table).filter((key) => hasPermission(table, roles, key));
}

/** Merges module tables; a key declared twice is a programming error. */
export function mergePermissions(...tables: PermissionTable[]): PermissionTable {
  const merged: PermissionTable = {};
  for (const table of tables) {
    for (const [key, def] of Object.entries(table)) {
      if (merged[key]) throw new Error(`permission ${key} is declared twice`);
      merged[key] = def;
    }
  }
  return merged;
}
