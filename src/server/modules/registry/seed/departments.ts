/**
 * 诊疗科目 profiles per kind of institution, as curated subsets of 《医疗机构诊疗科目名录》
 * (/work/shared/docs/domain/codes/zhenliao_kemu.csv). A profile is `code:probability` pairs; a
 * dotted code is only drawn when its parent was drawn, so every licence is a consistent tree.
 */
import type { Rng } from './random.js';

export type PractitionerCategory = 'clinical' | 'tcm' | 'dental' | 'public_health';

const P = {
  gh3:
    '01:.6 02:.5 03:1 03.01:.95 03.02:.95 03.03:.95 03.04:.95 03.05:.8 03.06:.85 03.07:.9 03.08:.5 03.09:.3 ' +
    '03.10:.7 04:1 04.01:.98 04.01.01:.08 04.02:.9 04.03:.95 04.04:.95 04.04.01:.12 04.05:.85 04.05.01:.04 ' +
    '04.06:.6 04.06.01:.03 04.07:.4 04.08:.5 05:1 05.01:.95 05.02:.85 05.03:.6 05.05:.4 07:.9 07.01:.6 08:.4 ' +
    '10:.95 11:.95 11.01:.6 11.02:.6 11.03:.6 12:.9 13:.9 13.01:.8 13.02:.5 15:.4 16:.6 19:.8 20:1 21:.8 ' +
    '26:1 27:.6 28:.95 30:1 30.01:.95 30.02:.9 30.03:.95 30.04:.9 30.05:.5 31:1 32:1 32.01:.95 32.02:.95 ' +
    '32.03:.9 32.04:.5 32.05:.95 32.06:.9 32.09:.6 32.10:.4 50:.9 50.01:.5 50.13:.5 52:.3',
  gh2:
    '01:.4 02:.5 03:1 03.01:.7 03.02:.7 03.03:.6 03.04:.7 03.06:.4 03.07:.5 03.10:.5 04:1 04.01:.9 04.03:.8 ' +
    '04.04:.6 04.05:.3 05:1 05.01:.9 05.02:.7 05.03:.5 07:.8 10:.8 11:.8 12:.8 13:.7 15:.2 16:.4 19:.3 20:1 ' +
    '21:.7 26:1 27:.3 28:.6 30:1 30.01:.8 30.02:.6 30.03:.8 30.04:.6 31:.8 32:1 32.01:.9 32.02:.9 32.03:.5 ' +
    '32.05:.9 32.06:.8 50:.9 50.13:.4 52:.2',
  ghp:
    '01:.5 03:1 03.01:.4 03.04:.4 04:1 04.01:.6 04.03:.5 05:.9 05.01:.8 07:.5 10:.6 11:.6 12:.6 13:.5 20:1 ' +
    '26:1 30:1 32:1 32.01:.8 32.02:.6 32.05:.9 50:.5',
  sp_dental:
    '12:1 12.01:1 12.02:1 12.03:.8 12.04:.9 12.05:.9 12.06:1 12.07:1 12.08:.9 12.09:.4 12.10:.6 12.11:.3 ' +
    '12.12:.6 14:.4 14.02:1 26:.7 30:.6 32:.6 32.01:.9',
  sp_eye: '10:1 14:.3 14.01:1 03:.4 26:.9 30:.8 32:.8 32.05:.8',
  sp_obgyn:
    '05:1 05.01:1 05.02:1 05.03:.8 05.04:.4 05.05:.7 06:.7 06.02:.8 07:.6 07.01:.8 26:1 28:.4 30:1 32:1 32.05:1',
  sp_child:
    '07:1 07.01:.9 07.02:.6 07.03:.8 07.04:.9 07.05:.7 07.06:.7 07.07:.7 07.08:.7 07.09:.6 07.10:.4 07.11:.5 ' +
    '08:.9 08.01:.8 08.02:.7 08.03:.6 08.04:.5 08.05:.4 09:.8 09.01:.8 09.03:.5 09.05:.5 10:.5 11:.5 12:.5 ' +
    '20:.9 26:1 28:.8 30:1 32:1 32.01:.8 32.02:.8 32.05:1',
  sp_onco:
    '19:1 03:.9 03.02:.6 03.05:.5 04:1 04.01:.9 04.05:.6 05:.4 05.01:.7 26:1 27:.7 28:.6 30:1 31:1 32:1 ' +
    '32.02:.9 32.03:.8 32.04:.6 32.10:.9 50:.4',
  sp_psych: '15:1 15.01:1 15.02:.9 15.03:.4 15.04:.6 15.05:.4 15.06:.7 15.07:.2 03:.6 30:.9 32:.8 32.07:.5',
  sp_ortho: '04:1 04.03:1 21:.8 22:.4 26:1 27:.5 30:1 32:1 32.01:1 32.02:.7 32.03:.5',
  sp_chest:
    '03:1 03.01:1 03.04:.6 04:1 04.05:1 17:.6 16:.3 20:.5 26:1 28:.7 30:1 30.02:.8 31:.8 32:1 32.02:.9',
  sp_derm: '13:1 13.01:1 13.02:.7 14:.3 14.03:1 30:.8',
  tcm_h:
    '50:1 50.01:1 50.02:.9 50.03:.8 50.04:.8 50.05:.6 50.06:.4 50.07:.4 50.08:.3 50.09:.6 50.10:.8 50.11:.6 ' +
    '50.12:.6 50.13:1 50.14:.9 50.15:.7 50.16:.6 50.17:.5 52:.5 03:.8 04:.6 20:.7 21:.5 26:.8 30:1 31:.4 ' +
    '32:1 32.01:.9 32.02:.7 32.05:.9',
  int_h:
    '52:1 50:1 50.01:.9 50.02:.6 50.10:.7 50.13:.9 50.14:.7 03:1 03.01:.5 03.04:.5 04:.9 04.01:.6 05:.6 ' +
    '07:.5 20:.8 26:.9 28:.4 30:1 32:1 32.01:.8 32.05:.9',
  chc: '01:1 02:1 03:.9 06:.4 07:.6 09:.5 12:.6 21:.7 24:.3 30:1 32:1 32.01:.8 32.05:.9 32.06:.8 50:.9 50.13:.4 50.14:.3',
  mch:
    '01:.6 05:1 05.01:1 05.02:.9 05.03:.8 05.04:.5 06:1 06.01:.7 06.02:.9 06.03:.7 06.04:.4 06.05:.5 07:.9 ' +
    '07.01:.8 09:1 09.01:.9 09.02:.8 09.03:.7 09.04:.5 09.05:.5 26:.8 30:1 32:1 32.05:1',
  rehab:
    '21:1 03:.9 03.03:.6 03.10:.5 04:.4 04.03:.6 22:.3 27:.5 50:.5 50.13:.8 50.14:.7 50.15:.7 30:.8 32:.8 32.01:.8 32.08:.5',
  nursing: '03:1 03.10:.5 21:.7 24:.6 02:.3 50:.3 30:.4 32:.3 32.05:1',
  lab: '30:1 30.01:1 30.02:.9 30.03:1 30.04:1 30.05:.6 31:.5',
  cl_general: '03:.85 02:.3 04:.35 04.01:.6 07:.25 13:.12 30:.15',
  cl_dental: '12:1 12.01:.8 12.02:.6 12.04:.3 12.06:.7 12.07:.5 12.08:.5 12.12:.2',
  cl_tcm: '50:1 50.01:.6 50.10:.2 50.13:.5 50.14:.5',
  cl_int: '52:1 50:.6 03:.5',
  op_general:
    '02:.2 03:1 04:.8 04.01:.6 05:.6 05.01:1 07:.5 10:.5 11:.5 12:.4 13:.4 30:1 32:.9 32.01:.5 32.05:.9 ' +
    '32.06:.6 50:.3',
  op_dental:
    '12:1 12.01:1 12.02:.9 12.03:.4 12.04:.6 12.05:.4 12.06:.9 12.07:.8 12.08:.8 12.10:.4 12.12:.3 14:.2 14.02:1',
  op_tcm:
    '50:1 50.01:1 50.02:.4 50.03:.5 50.04:.4 50.05:.3 50.09:.2 50.10:.5 50.11:.2 50.12:.3 50.13:.9 50.14:.8 ' +
    '50.15:.3 30:.4',
  op_int: '52:1 50:.8 50.01:.6 50.13:.5 03:.8 30:.6',
  op_eye: '10:1 30:.3',
  op_gyn: '05:1 05.01:1 05.03:.4 05.05:.3 06:.4 30:.7 32:.6 32.05:1',
  mb_op: '14:1 14.01:.85 14.02:.3 14.03:.9 14.04:.2 26:.7 13:.2',
  mb_clinic: '14:1 14.01:.4 14.03:.9 14.02:.1',
  mb_hosp: '14:1 14.01:1 14.02:.6 14.03:1 14.04:.4 26:1 30:.9 32:.6 32.05:.8 04:.3 04.08:.8',
} as const;

export type ProfileId = keyof typeof P;

const parsed = new Map<ProfileId, readonly (readonly [string, number])[]>();
function profile(id: ProfileId) {
  let entries = parsed.get(id);
  if (!entries) {
    entries = P[id].split(/\s+/).map((pair) => {
      const [code = '', p = '1'] = pair.split(':');
      return [code, Number(p)] as const;
    });
    parsed.set(id, entries);
  }
  return entries;
}

const parentOf = (code: string) => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);

/** Draw a licence (sorted dotted codes, never empty) from a profile. */
export function drawDepartments(rng: Rng, id: ProfileId): string[] {
  const entries = profile(id);
  const chosen = new Set<string>();
  for (const [code, p] of entries) {
    const parent = parentOf(code);
    if (parent !== null && !chosen.has(parent)) continue;
    if (rng.chance(p)) chosen.add(code);
  }
  if (chosen.size === 0) chosen.add(entries[0]?.[0] ?? '03');
  return [...chosen].sort();
}

/** Every code any profile can produce (the test checks them against zhenliao_kemu.csv). */
export const ALL_PROFILE_CODES: readonly string[] = [
  ...new Set((Object.keys(P) as ProfileId[]).flatMap((id) => profile(id).map(([code]) => code))),
].sort();

const top = (code: string) => code.split('.')[0] ?? code;

/** Whether a department (or scope) code belongs to what a practitioner category may practise. */
export function categoryAllows(category: PractitionerCategory, code: string): boolean {
  const t = top(code);
  switch (category) {
    case 'dental':
      return t === '12' || code.startsWith('14.02');
    case 'tcm':
      return t === '50' || t === '51' || t === '52' || code.startsWith('14.04');
    case 'public_health':
      return t === '01' || t === '23';
    case 'clinical':
      return !['12', '50', '51', '52'].includes(t) && !code.startsWith('14.02') && !code.startsWith('14.04');
  }
}

/** The 执业范围 a department implies for a category: its first-level code where the category owns it. */
export function scopeFor(category: PractitionerCategory, dept: string): string {
  const t = top(dept);
  if (t === '14' && (category === 'dental' || category === 'tcm'))
    return category === 'dental' ? '14.02' : '14.04';
  return t;
}

/** Coverage per the interchange spec: equal, or an ancestor in the dotted hierarchy. */
export const covers = (a: string, b: string): boolean => a === b || b.startsWith(`${a}.`);

/** Whether a scope overlaps an institution's licence (one covers the other either way). */
export const licensedFor = (departments: readonly string[], scope: string): boolean =>
  departments.some((d) => covers(d, scope) || covers(scope, d));

/** Scopes a category can hold, used for the out-of-licence anomaly. */
export const CATEGORY_SCOPES: Record<PractitionerCategory, readonly string[]> = {
  clinical: ['02', '03', '04', '05', '07', '10', '11', '13', '14', '15', '19', '20', '21', '26', '27', '32'],
  dental: ['12', '14.02'],
  tcm: ['50', '52', '14.04'],
  public_health: ['01', '23'],
};
