/**
 * The institutions of the demo registry. Public bodies (公立, 事业单位 credit codes 12310…) carry the
 * real-world naming patterns and are never given a bad status; the 1.5 % suspended, 0.5 % revoked
 * and ~2 % expired licences all fall on small private institutions, where they occur in practice.
 */
import { DISTRICTS, type District, isCommunityStreet, STREETS, type Street } from './data.js';
import { drawDepartments, type ProfileId } from './departments.js';
import { creditCode, dayBetween, fromDays, licenceNumber, minusYears, plusFiveYears, toDays } from './ids.js';
import { CATEGORY_SHARE, type InstitutionCategory, KINDS, type Kind, SUB_KINDS } from './kinds.js';
import { personName } from './names.js';
import {
  districtGeneralNames,
  MUNICIPAL_SPECIALTY,
  municipalGeneral,
  privateName,
  streetBase,
} from './naming.js';
import type { Rng } from './random.js';

export type Row = Record<string, string>;

export interface Institution {
  row: Row;
  kind: Kind;
  departments: string[];
  /** Expected number of physicians whose primary registration is here. */
  staff: number;
  isPublic: boolean;
  /** Status active and licence valid on the as-of date. */
  usable: boolean;
}

interface Plan {
  kind: ProfileId;
  district: District;
  name: string | null;
  isPublic: boolean;
  street?: Street;
  bedsZero?: boolean;
}

const districtByCode = new Map(DISTRICTS.map((d) => [d.code, d]));
const districtOf = (code: string): District => districtByCode.get(code) ?? (DISTRICTS[0] as District);
const streetsOf = (code: string) => STREETS.filter((s) => s.districtCode === code);
const DISTRICT_WEIGHTS = DISTRICTS.map((d) => [d, d.weight] as const);
/** City-level hospitals sit mostly in the old urban districts, a few in Pudong, Minhang and Baoshan. */
const CENTRAL_WEIGHTS = DISTRICTS.map(
  (d) => [d, Number(d.code) <= 310110 ? 3 : ['310112', '310113', '310115'].includes(d.code) ? 1 : 0] as const,
);
const FOR_PROFIT: Partial<Record<InstitutionCategory, number>> = {
  clinic: 0.85,
  outpatient_department: 0.85,
  medical_beauty: 0.98,
  clinical_lab: 1,
  general_hospital: 0.7,
  specialty_hospital: 0.75,
  nursing_home: 0.6,
  rehabilitation: 0.7,
};

function categoryCounts(total: number): Map<InstitutionCategory, number> {
  const counts = new Map<InstitutionCategory, number>();
  const chcStreets = STREETS.filter(isCommunityStreet).length;
  let left = total;
  for (const [category, share] of CATEGORY_SHARE) {
    let n = Math.round(total * share);
    if (category === 'community_health_center') n = Math.min(n, chcStreets);
    n = Math.min(n, left);
    counts.set(category, n);
    left -= n;
  }
  counts.set('clinic', left);
  return counts;
}

/** Public slots first (named after the city, a district or a street), the rest private. */
function plan(rng: Rng, total: number): Plan[] {
  const counts = categoryCounts(total);
  const plans: Plan[] = [];
  const n = (c: InstitutionCategory) => counts.get(c) ?? 0;
  const anyDistrict = () => rng.weighted(DISTRICT_WEIGHTS);
  const districtRotation = (i: number) => DISTRICTS[i % DISTRICTS.length] as District;
  const privateOf = (category: InstitutionCategory, count: number, fixed?: ProfileId) => {
    const subs = SUB_KINDS[category];
    for (let i = 0; i < count; i++) {
      const kind = fixed ?? (subs ? rng.weighted(subs) : 'cl_general');
      plans.push({ kind, district: anyDistrict(), name: null, isPublic: false });
    }
  };

  // 综合医院: ten municipal 第N人民医院, district hospitals, then private ones.
  const gh = n('general_hospital');
  const ghPublic = Math.round(gh * 0.55);
  const nextDistrictName = new Map<string, number>();
  for (let i = 0; i < ghPublic; i++) {
    if (i < 10) {
      plans.push({
        kind: 'gh3',
        district: rng.weighted(CENTRAL_WEIGHTS),
        name: municipalGeneral(i),
        isPublic: true,
      });
      continue;
    }
    const d = i - 10 < DISTRICTS.length ? districtRotation(i - 10) : anyDistrict();
    const idx = nextDistrictName.get(d.code) ?? 0;
    nextDistrictName.set(d.code, idx + 1);
    const names = districtGeneralNames(d, streetsOf(d.code));
    const kind = idx < 2 && rng.chance(0.45) ? 'gh3' : 'gh2';
    plans.push({ kind, district: d, name: names[idx % names.length] ?? null, isPublic: true });
  }
  privateOf('general_hospital', gh - ghPublic, 'ghp');

  // 专科医院: municipal specialty hospitals and district 精神卫生中心.
  const sp = n('specialty_hospital');
  const spPublic = Math.min(sp, Math.round(sp * 0.22));
  for (let i = 0; i < spPublic; i++) {
    const municipal = MUNICIPAL_SPECIALTY[i];
    if (municipal)
      plans.push({
        kind: municipal[1],
        district: rng.weighted(CENTRAL_WEIGHTS),
        name: municipal[0],
        isPublic: true,
      });
    else {
      const d = districtRotation(i - MUNICIPAL_SPECIALTY.length);
      plans.push({ kind: 'sp_psych', district: d, name: `上海市${d.name}精神卫生中心`, isPublic: true });
    }
  }
  privateOf('specialty_hospital', sp - spPublic);

  // 中医医院 / 中西医结合医院 / 康复医院 / 妇幼保健院: a city one, district ones, then private.
  const cityAndDistricts = (
    category: InstitutionCategory,
    kind: ProfileId,
    share: number,
    city: string[],
    suffix: string,
  ) => {
    const count = n(category);
    const pub = Math.min(count, Math.round(count * share));
    for (let i = 0; i < pub; i++) {
      const cityName = city[i];
      const d = cityName ? rng.weighted(CENTRAL_WEIGHTS) : districtRotation(i - city.length);
      const name = cityName ?? `上海市${d.name}${suffix}`;
      plans.push({ kind, district: d, name, isPublic: true, bedsZero: name.endsWith('所') });
    }
    privateOf(category, count - pub, kind);
  };
  cityAndDistricts('tcm_hospital', 'tcm_h', 0.68, ['上海市中医医院'], '中医医院');
  cityAndDistricts('integrated_hospital', 'int_h', 0.6, ['上海市中西医结合医院'], '中西医结合医院');
  cityAndDistricts('rehabilitation', 'rehab', 0.3, ['上海市第一康复医院', '上海市第二康复医院'], '康复医院');
  cityAndDistricts('maternal_child', 'mch', 1, ['上海市妇幼保健中心'], '妇幼保健院');

  // 社区卫生服务中心: one per street (a spread subset when the registry is small).
  const streets = STREETS.filter(isCommunityStreet);
  const chosen = n('community_health_center') >= streets.length ? streets : rng.shuffle(streets);
  for (const s of chosen.slice(0, n('community_health_center')))
    plans.push({
      kind: 'chc',
      district: districtOf(s.districtCode),
      name: `${s.name}社区卫生服务中心`,
      isPublic: true,
      street: s,
    });

  // 护理院: a fifth run by towns, the rest private.
  const nh = n('nursing_home');
  for (let i = 0; i < nh; i++) {
    if (i < Math.round(nh * 0.2)) {
      const d = anyDistrict();
      const s = rng.pick(streetsOf(d.code).filter(isCommunityStreet));
      plans.push({
        kind: 'nursing',
        district: d,
        name: `上海市${d.name}${streetBase(s)}护理院`,
        isPublic: true,
        street: s,
      });
    } else plans.push({ kind: 'nursing', district: anyDistrict(), name: null, isPublic: false });
  }
  privateOf('clinical_lab', n('clinical_lab'), 'lab');
  privateOf('medical_beauty', n('medical_beauty'));

  // 门诊部: district 牙病防治所 are public; all else private. 诊所: private.
  const op = n('outpatient_department');
  const opPublic = Math.min(op, Math.round(op * 0.012), DISTRICTS.length);
  for (let i = 0; i < opPublic; i++) {
    const d = districtRotation(i);
    plans.push({ kind: 'op_dental', district: d, name: `上海市${d.name}牙病防治所`, isPublic: true });
  }
  privateOf('outpatient_department', op - opPublic);
  privateOf('clinic', n('clinic'));
  return plans;
}

function address(rng: Rng, d: District, small: boolean): string {
  const base = `上海市${d.name}${rng.pick(d.roads)}${rng.int(1, 2999)}号`;
  if (!small || rng.chance(0.5)) return base;
  return rng.chance(0.5)
    ? `${base}${rng.int(1, 28)}楼`
    : `${base}${rng.int(1, 28)}${String(rng.int(1, 20)).padStart(2, '0')}室`;
}

export function generateInstitutions(rng: Rng, total: number, asOf: string): Institution[] {
  const names = new Set<string>();
  const orgCodes = new Set<string>();
  const out: Institution[] = [];
  for (const p of plan(rng, total)) {
    const kind = KINDS[p.kind];
    let name = p.name ?? privateName(rng, p.kind, p.district);
    for (let tries = 0; names.has(name); tries++)
      name = p.name && tries === 0 ? `${name}分院` : privateName(rng, p.kind, p.district);
    names.add(name);
    const forProfit = !p.isPublic && rng.chance(FOR_PROFIT[kind.category] ?? 0.6);
    const prefix = p.isPublic ? '12' : forProfit ? '91' : '52';
    let id = creditCode(rng, prefix, p.district.code);
    while (orgCodes.has(id.slice(8, 17))) id = creditCode(rng, prefix, p.district.code);
    orgCodes.add(id.slice(8, 17));
    const economic = p.isPublic
      ? '11'
      : !forProfit
        ? '19'
        : name.endsWith('有限公司') || rng.chance(0.5)
          ? '15'
          : '17';
    let beds = kind.beds[1] > 0 && !p.bedsZero ? rng.int(kind.beds[0], kind.beds[1]) : 0;
    if (p.kind === 'chc' && rng.chance(0.4)) beds = 0;
    const staff = Math.max(1, Math.round(beds * kind.staffPerBed + rng.int(kind.staff[0], kind.staff[1])));
    const street = p.street ?? rng.pick(streetsOf(p.district.code));
    const departments = drawDepartments(rng, p.kind);
    const validFrom = dayBetween(
      rng,
      maxIso('2019-01-01', nextDay(minusYears(asOf, 5))),
      minIso(asOf, '2025-12-31'),
    );
    out.push({
      kind,
      departments,
      staff,
      isPublic: p.isPublic,
      usable: true,
      row: {
        id,
        name,
        category: kind.category,
        district_code: p.district.code,
        licence_no: licenceNumber(id, p.district.code, economic, kind.ws218, forProfit),
        licence_valid_from: validFrom,
        licence_valid_to: plusFiveYears(validFrom),
        departments: departments.join(';'),
        status: 'active',
        ownership: p.isPublic ? 'public' : 'private',
        for_profit: String(forProfit),
        is_tcm: String(kind.isTcm),
        street_code: street.code,
        street_name: street.name,
        address: address(rng, p.district, kind.setting === 'small'),
        beds: String(beds),
        legal_representative: personName(rng),
      },
    });
  }
  degrade(rng, out, asOf);
  return out;
}

const nextDay = (iso: string) => fromDays(toDays(iso) + 1);
const maxIso = (a: string, b: string) => (a > b ? a : b);
const minIso = (a: string, b: string) => (a < b ? a : b);

/** Suspend 1.5 %, revoke 0.5 % and let ~2 % of licences lapse — small private institutions only. */
function degrade(rng: Rng, all: Institution[], asOf: string) {
  const pool = rng.shuffle(all.filter((i) => !i.isPublic && i.kind.setting === 'small'));
  const take = (share: number) => pool.splice(0, Math.round(all.length * share));
  for (const i of take(0.015)) i.row.status = 'suspended';
  for (const i of take(0.005)) i.row.status = 'revoked';
  const lastLapsed = minusYears(asOf, 5);
  for (const i of take(0.02)) {
    const from = dayBetween(rng, minIso('2019-01-01', lastLapsed), lastLapsed);
    i.row.licence_valid_from = from;
    i.row.licence_valid_to = plusFiveYears(from);
  }
  for (const i of all) i.usable = i.row.status === 'active' && (i.row.licence_valid_to ?? '') >= asOf;
}
