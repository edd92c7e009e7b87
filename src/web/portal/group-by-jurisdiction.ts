import type { Jurisdiction, PublicDepartment } from '../app/api/types';

export interface JurisdictionGroup {
  code: string;
  name: string;
  nameEn: string;
  departments: PublicDepartment[];
}

/**
 * Groups departments by jurisdiction in the order of `jurisdictions` (city first, then districts);
 * departments of an unknown jurisdiction are appended in their own groups. Empty groups are dropped.
 */
export function groupByJurisdiction(
  jurisdictions: Jurisdiction[],
  departments: PublicDepartment[],
): JurisdictionGroup[] {
  const ordered = [...jurisdictions].sort((a, b) =>
    a.level === b.level ? a.code.localeCompare(b.code) : a.level === 'city' ? -1 : 1,
  );
  const groups = new Map<string, JurisdictionGroup>();
  for (const j of ordered)
    groups.set(j.code, { code: j.code, name: j.name, nameEn: j.nameEn, departments: [] });
  for (const d of departments) {
    let group = groups.get(d.jurisdictionCode);
    if (!group) {
      group = {
        code: d.jurisdictionCode,
        name: d.jurisdictionName,
        nameEn: d.jurisdictionNameEn,
        departments: [],
      };
      groups.set(d.jurisdictionCode, group);
    }
    group.departments.push(d);
  }
  return [...groups.values()].filter((g) => g.departments.length > 0);
}
