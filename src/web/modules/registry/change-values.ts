import type { Lang } from '../../app/i18n/translate';
import { enumLabel } from './labels';

/** How list-valued timeline changes read: registrations in words, code lists as what was added and removed. */

interface RegistrationValue {
  institutionId: string;
  institutionName?: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
}

const isRegistration = (v: unknown): v is RegistrationValue =>
  typeof v === 'object' && v !== null && 'institutionId' in v && 'kind' in v && 'validFrom' in v;

/** True for a list of registrations as the staff UI records them. */
export const isRegistrationList = (value: unknown): value is RegistrationValue[] =>
  Array.isArray(value) && value.length > 0 && value.every(isRegistration);

/** `甲医院（主要执业机构，2024-03-01 起）`, or with its end: `乙医院（多点执业，2025-01-01 ~ 2026-05-01）`. */
export function registrationText(lang: Lang, value: RegistrationValue[]): string {
  const sep = lang === 'en' ? '; ' : '；';
  return value
    .map((r) => {
      const kind = enumLabel(lang, 'registrationKind', r.kind);
      const period = r.validTo
        ? `${r.validFrom} ~ ${r.validTo}`
        : lang === 'en'
          ? `from ${r.validFrom}`
          : `${r.validFrom} 起`;
      const name = r.institutionName || r.institutionId;
      return lang === 'en' ? `${name} (${kind}, ${period})` : `${name}（${kind}，${period}）`;
    })
    .join(sep);
}

/** What a change of a list of codes added and removed; null unless both sides are lists of strings. */
export function codeListDiff(from: unknown, to: unknown): { added: string[]; removed: string[] } | null {
  const isCodes = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (!isCodes(from) || !isCodes(to) || !from.length) return null;
  return { added: to.filter((c) => !from.includes(c)), removed: from.filter((c) => !to.includes(c)) };
}
