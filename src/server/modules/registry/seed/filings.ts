/**
 * Filings and validation records of the demo registry — a pure function of the seed, the generated
 * institutions and the day of seeding (no clock, no Math.random):
 *
 * - 限制类技术备案 at large hospitals, each technology under a department their licence covers;
 * - 诊所备案 / 中医诊所备案 for the clinics that opened under those regimes;
 * - 校验 periods for every institution (the latest decided ones and the open one), with some
 *   暂缓校验 and some institutions overdue.
 */
import { isCovered, splitList } from '../domain/coverage.js';
import { CLINIC_FILING_SINCE, clinicFilingKind } from '../domain/filing-checks.js';
import { addDays, cycleYears, nextPeriod, type Period, periodFrom } from '../domain/verification.js';
import { DISTRICTS } from './data.js';
import { dayBetween } from './ids.js';
import type { Row } from './institutions.js';
import { createRng, type Rng } from './random.js';

/** Technologies of restricted_tech_2022 with the departments they are performed under (most specific first) and how common they are. */
const TECHNOLOGIES: readonly (readonly [string, readonly string[], number])[] = [
  ['RT2022-01', ['03.05', '03'], 0.25],
  ['RT2022-02', ['04.01', '03.07'], 0.05],
  ['RT2022-03', ['04.03', '04'], 0.3],
  ['RT2022-04', ['10'], 0.35],
  ['RT2022-05', ['04.08', '14.01'], 0.04],
  ['RT2022-06', ['32.10'], 0.03],
  ['RT2022-07', ['32.10', '32.09', '19'], 0.45],
  ['RT2022-08', ['19', '32.09', '04.01'], 0.7],
  ['RT2022-09', ['04.06'], 0.2],
  ['RT2022-10', ['04.01', '04.04', '04.05', '04'], 0.5],
  ['RT2022-11', ['28', '04.06'], 0.75],
  ['RT2022-12', ['04.01', '04.04'], 0.1],
];
const HOSPITALS = new Set([
  'general_hospital',
  'specialty_hospital',
  'tcm_hospital',
  'integrated_hospital',
  'maternal_child',
]);
const WITHDRAWALS = [
  '技术负责人调离，暂停开展',
  '设备停用，机构主动撤销备案',
  '年度评估未达质控要求',
  '科室调整',
];
const DEFERRALS = [
  '不良执业行为积分达到12分',
  '校验审查发现科室设置与核准诊疗科目不符，限期整改',
  '医疗质量安全检查不合格',
  '未按规定提交校验材料，材料不全',
];
const DECIDED_KEPT = 2;
const OVERDUE_SHARE = 0.03;
const DEFERRED_SHARE = 0.05;

export type SeedTechnologyFiling = {
  institutionId: string;
  filingNumber: string;
  technologyCode: string;
  departmentCode: string;
  filedOn: string;
  status: 'filed' | 'withdrawn';
  withdrawnOn: string | null;
  withdrawalReason: string | null;
};
export type SeedClinicFiling = Omit<SeedTechnologyFiling, 'technologyCode' | 'departmentCode'> & {
  kind: 'clinic' | 'tcm_clinic';
  authorityCode: string;
  departments: string[];
};
export type SeedValidation = Period & {
  institutionId: string;
  result: 'pending' | 'passed' | 'deferred';
  reason: string | null;
  decidedOn: string | null;
  decidedBy: string | null;
};

export interface GeneratedFilings {
  technologyFilings: SeedTechnologyFiling[];
  clinicFilings: SeedClinicFiling[];
  validations: SeedValidation[];
}

const districtName = new Map(DISTRICTS.map((d) => [d.code, d.name]));

/** Numbers filings as an office hands them out: per district and year, from 1, in date order. */
function numbered<T extends { filedOn: string; filingNumber: string; district: string }>(
  filings: T[],
  format: (district: string, year: string, n: number) => string,
): Omit<T, 'district'>[] {
  const next = new Map<string, number>();
  filings.sort((a, b) => a.filedOn.localeCompare(b.filedOn) || a.filingNumber.localeCompare(b.filingNumber));
  return filings.map(({ district, ...filing }) => {
    const key = `${district}|${filing.filedOn.slice(0, 4)}`;
    const n = (next.get(key) ?? 0) + 1;
    next.set(key, n);
    return { ...filing, filingNumber: format(district, filing.filedOn.slice(0, 4), n) };
  });
}

function technologyFilings(rng: Rng, institutions: Row[], today: string): SeedTechnologyFiling[] {
  const out: (SeedTechnologyFiling & { district: string })[] = [];
  for (const i of institutions) {
    const beds = Number(i.beds);
    if (!HOSPITALS.has(i.category ?? '') || i.status !== 'active' || beds < 300) continue;
    const licensed = splitList(i.departments);
    const scale = beds >= 800 ? 1.3 : beds >= 500 ? 0.9 : 0.4;
    for (const [code, departments, share] of TECHNOLOGIES) {
      if (!rng.chance(share * scale)) continue;
      const department = departments.find((d) => isCovered(licensed, d));
      if (!department) continue;
      const filedOn = dayBetween(rng, '2022-06-01', addDays(today, -30));
      const withdrawn = rng.chance(0.07);
      const withdrawnOn = withdrawn ? dayBetween(rng, addDays(filedOn, 30), today) : null;
      out.push({
        institutionId: i.id as string,
        district: i.district_code as string,
        // a sort key until the filing is numbered
        filingNumber: `${i.id}|${code}`,
        technologyCode: code,
        departmentCode: department,
        filedOn,
        status: withdrawnOn ? 'withdrawn' : 'filed',
        withdrawnOn,
        withdrawalReason: withdrawnOn ? rng.pick(WITHDRAWALS) : null,
      });
    }
  }
  return numbered(out, (d, y, n) => `沪限技备〔${y}〕${d}-${String(n).padStart(3, '0')}号`);
}

/** Clinics that opened once filing replaced licensing for them (TCM clinics 2017, others 2023). */
function clinicFilings(rng: Rng, institutions: Row[], today: string): SeedClinicFiling[] {
  const out: (SeedClinicFiling & { district: string })[] = [];
  for (const i of institutions) {
    if (i.category !== 'clinic') continue;
    const kind = clinicFilingKind(i.is_tcm === 'true');
    const opened = i.licence_valid_from as string;
    if (opened < CLINIC_FILING_SINCE[kind] || opened > today) continue;
    const revoked = i.status === 'revoked';
    const withdrawnOn = revoked ? dayBetween(rng, opened, today) : null;
    out.push({
      institutionId: i.id as string,
      district: i.district_code as string,
      filingNumber: i.id as string,
      kind,
      filedOn: opened,
      authorityCode: i.district_code as string,
      departments: splitList(i.departments).sort(),
      status: revoked ? 'withdrawn' : 'filed',
      withdrawnOn,
      withdrawalReason: revoked ? '机构注销，备案随之撤销' : null,
    });
  }
  return numbered(out, (d, y, n) => `沪${d}诊备${y}${String(n).padStart(4, '0')}`);
}

/**
 * The validation periods of one institution from its licence date: the latest decided ones and the
 * open one containing `today` — or, when `overdue`, the last ended period left without a result.
 */
function periodsOf(rng: Rng, i: Row, today: string, overdue: boolean): SeedValidation[] {
  const beds = Number(i.beds);
  const decidedBy = `${districtName.get(i.district_code as string) ?? ''}卫生健康委员会`;
  const base = { institutionId: i.id as string, reason: null, decidedOn: null, decidedBy: null };
  const decided: SeedValidation[] = [];
  let period = periodFrom(i.licence_valid_from as string, cycleYears(beds));
  while (period.periodEnd < today) {
    const isLastEnded =
      nextPeriod({ periodEnd: period.periodEnd, result: 'passed' }, beds).periodEnd >= today;
    if (overdue && isLastEnded)
      return [...decided.slice(-DECIDED_KEPT), { ...period, ...base, result: 'pending' }];
    const deferred = rng.chance(DEFERRED_SHARE);
    decided.push({
      ...period,
      ...base,
      result: deferred ? 'deferred' : 'passed',
      reason: deferred ? rng.pick(DEFERRALS) : null,
      decidedOn: dayBetween(rng, period.applyBy, period.periodEnd),
      decidedBy,
    });
    period = nextPeriod({ periodEnd: period.periodEnd, result: deferred ? 'deferred' : 'passed' }, beds);
  }
  if (i.status === 'revoked') return decided.slice(-DECIDED_KEPT);
  return [...decided.slice(-DECIDED_KEPT), { ...period, ...base, result: 'pending' }];
}

/** The demo filings and validation records for `institutions` (rows of `generateRegistry`). */
export function generateFilings(seed: number, institutions: Row[], today: string): GeneratedFilings {
  const root = createRng(seed).fork('filings');
  const rng = root.fork('validations');
  const validations: SeedValidation[] = [];
  for (const i of institutions) {
    const mayLapse = i.ownership === 'private' && Number(i.beds) < 100 && i.status === 'active';
    validations.push(...periodsOf(rng, i, today, mayLapse && rng.chance(OVERDUE_SHARE * 2)));
  }
  return {
    technologyFilings: technologyFilings(root.fork('technology'), institutions, today),
    clinicFilings: clinicFilings(root.fork('clinics'), institutions, today),
    validations,
  };
}
