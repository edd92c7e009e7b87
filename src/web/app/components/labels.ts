import type { DepartmentKind, RoleKey } from '../api/types';
import { hasKey, type TFunction } from '../i18n/translate';

export function roleLabel(t: TFunction, role: RoleKey | string): string {
  const key = `roleName.${role}`;
  return hasKey(key) ? t(key) : role;
}

export function kindLabel(t: TFunction, kind: DepartmentKind | string): string {
  const key = `kind.${kind}`;
  return hasKey(key) ? t(key) : kind;
}
