/**
 * Physicians of the demo registry. Each gets a primary registration at an institution (staff sized by
 * beds, so hospitals hold most of them), a 执业类别 from that institution's staff mix and 执业范围
 * taken from the institution's licensed departments; ~8 % file 1–2 multi-site registrations,
 * preferably at private clinics and 门诊部 licensed for one of their scopes.
 *
 * Deliberate anomalies for screening demos (see SEEDED_ANOMALIES in generate.ts):
 *  - OUT_OF_LICENCE_SCOPE, 0.5 % of practitioners: one extra scope, valid for their category, that
 *    their primary institution is not licensed for (e.g. a dentist at a 口腔诊所 holding 14.02 美容牙科).
 *  - FILING_AT_INACTIVE, 0.3 %: a multi-site filing at an institution that is suspended, revoked or
 *    whose licence has lapsed.
 */
import {
  CATEGORY_SCOPES,
  categoryAllows,
  licensedFor,
  type PractitionerCategory,
  scopeFor,
} from './departments.js';
import type { Institution, Row } from './institutions.js';
import { personName } from './names.js';
import type { Rng } from './random.js';

const CATEGORIES: readonly PractitionerCategory[] = ['clinical', 'tcm', 'dental', 'public_health'];
const CATEGORY_DIGIT: Record<PractitionerCategory, string> = {
  clinical: '1',
  dental: '2',
  public_health: '3',
  tcm: '4',
};
const TITLES = {
  hospital: [
    ['resident', 30],
    ['attending', 34],
    ['associate_chief', 23],
    ['chief', 13],
  ],
  primary: [
    ['resident', 36],
    ['attending', 42],
    ['associate_chief', 17],
    ['chief', 5],
  ],
  small: [
    ['resident', 40],
    ['attending', 38],
    ['associate_chief', 16],
    ['chief', 6],
  ],
} as const;
export const OUT_OF_LICENCE_SHARE = 0.005;
export const FILING_AT_INACTIVE_SHARE = 0.003;
const MULTI_SITE_SHARE = 0.08;

interface Draft {
  primary: number;
  category: PractitionerCategory;
  scopes: string[];
  registrations: number[];
  row: Row;
}

/** Primary-registration counts: one each where possible, the rest in proportion to staff size. */
function allocate(rng: Rng, insts: readonly Institution[], total: number): number[] {
  if (total < insts.length) {
    const counts = insts.map(() => 0);
    const weights = insts.map((inst, i) => [i, inst.staff] as const);
    for (let n = 0; n < total; n++) {
      const i = rng.weighted(weights);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    return counts;
  }
  const extra = total - insts.length;
  const weight = insts.reduce((s, i) => s + i.staff, 0);
  const shares = insts.map((inst) => (extra * inst.staff) / weight);
  const counts = shares.map((s) => 1 + Math.floor(s));
  let left = total - counts.reduce((s, c) => s + c, 0);
  const byFraction = shares
    .map((s, i) => [i, s - Math.floor(s)] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [i] of byFraction) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** Per institution: the licensed departments each category may practise in (computed once). */
const compatibleCache = new WeakMap<Institution, Record<PractitionerCategory, string[]>>();
function compatibleOf(inst: Institution) {
  let c = compatibleCache.get(inst);
  if (!c) {
    const of = (cat: PractitionerCategory) => inst.departments.filter((d) => categoryAllows(cat, d));
    c = {
      clinical: of('clinical'),
      tcm: of('tcm'),
      dental: of('dental'),
      public_health: of('public_health'),
    };
    compatibleCache.set(inst, c);
  }
  return c;
}

function draft(rng: Rng, inst: Institution, index: number, certificates: Set<string>): Draft {
  const { kind, departments } = inst;
  const byCategory = compatibleOf(inst);
  const mix = CATEGORIES.map((c, i) => [c, kind.mix[i] ?? 0] as const).filter(
    ([c, w]) => w > 0 && byCategory[c].length > 0,
  );
  const category = mix.length ? rng.weighted(mix) : 'clinical';
  const compatible = byCategory[category];
  const scopes = new Set<string>();
  const scopeFrom = () =>
    compatible.length ? scopeFor(category, rng.pick(compatible)) : (CATEGORY_SCOPES[category][0] as string);
  scopes.add(scopeFrom());
  if (rng.chance(0.2)) scopes.add(scopeFrom());
  if (kind.id === 'chc' && category === 'clinical' && departments.includes('02') && rng.chance(0.45))
    scopes.add('02');
  let certificate = '';
  do {
    certificate = `1${CATEGORY_DIGIT[category]}0${inst.row.district_code}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
  } while (certificates.has(certificate));
  certificates.add(certificate);
  const status = rng.weighted([
    ['active', 984],
    ['suspended', 12],
    ['revoked', 4],
  ] as const);
  return {
    primary: index,
    category,
    scopes: [...scopes].sort(),
    registrations: [index],
    row: {
      id: '',
      name: personName(rng),
      category,
      scopes: '',
      title: rng.weighted(TITLES[kind.setting]),
      status,
      registrations: '',
      certificate_no: certificate,
    },
  };
}

/** Institutions indexed under every prefix of every licensed department, for filings by scope. */
function scopeIndex(insts: readonly Institution[], keep: (i: Institution) => boolean, byDistrict: boolean) {
  const index = new Map<string, number[]>();
  insts.forEach((inst, i) => {
    if (!keep(inst)) return;
    const keys = new Set<string>();
    for (const d of inst.departments) {
      const parts = d.split('.');
      for (let n = 1; n <= parts.length; n++) keys.add(parts.slice(0, n).join('.'));
    }
    for (const key of keys) {
      const k = byDistrict ? `${key}|${inst.row.district_code}` : key;
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  return index;
}

function fileMultiSite(rng: Rng, insts: readonly Institution[], drafts: readonly Draft[]) {
  const isSmallPrivate = (i: Institution) => i.usable && !i.isPublic && i.kind.setting === 'small';
  const local = scopeIndex(insts, isSmallPrivate, true);
  const city = scopeIndex(insts, isSmallPrivate, false);
  const any = scopeIndex(insts, (i) => i.usable, false);
  for (const p of drafts) {
    if (!rng.chance(MULTI_SITE_SHARE)) continue;
    const wanted = rng.chance(0.7) ? 1 : 2;
    for (let tries = 0; tries < 8 && p.registrations.length < 1 + wanted; tries++) {
      const scope = rng.pick(p.scopes);
      const district = insts[p.primary]?.row.district_code;
      const r = rng.next();
      const list =
        (r < 0.45 ? local.get(`${scope}|${district}`) : undefined) ??
        (r < 0.8 ? city.get(scope) : undefined) ??
        any.get(scope);
      if (!list?.length) continue;
      const target = rng.pick(list);
      if (!p.registrations.includes(target)) p.registrations.push(target);
    }
  }
}

function seedAnomalies(rng: Rng, insts: readonly Institution[], drafts: readonly Draft[]) {
  const order = rng.shuffle(drafts);
  let outOfLicence = Math.round(drafts.length * OUT_OF_LICENCE_SHARE);
  let atInactive = Math.round(drafts.length * FILING_AT_INACTIVE_SHARE);
  const inactive = insts.flatMap((inst, i) => (inst.usable ? [] : [i]));
  for (const p of order) {
    const primary = insts[p.primary] as Institution;
    if (outOfLicence > 0) {
      const options = CATEGORY_SCOPES[p.category].filter(
        (s) => !licensedFor(primary.departments, s) && !p.scopes.includes(s),
      );
      if (!options.length) continue;
      p.scopes = [...p.scopes, rng.pick(options)].sort();
      outOfLicence--;
    } else if (atInactive > 0 && inactive.length) {
      const target = rng.pick(inactive);
      if (p.registrations.includes(target)) continue;
      p.registrations.push(target);
      atInactive--;
    } else break;
  }
}

export function generatePractitioners(rng: Rng, insts: readonly Institution[], total: number): Row[] {
  const counts = allocate(rng.fork('allocate'), insts, total);
  const certificates = new Set<string>();
  const body = rng.fork('practitioners');
  const drafts: Draft[] = [];
  insts.forEach((inst, i) => {
    for (let n = 0; n < (counts[i] ?? 0); n++) drafts.push(draft(body, inst, i, certificates));
  });
  fileMultiSite(rng.fork('multi-site'), insts, drafts);
  seedAnomalies(rng.fork('anomalies'), insts, drafts);
  return rng
    .fork('order')
    .shuffle(drafts)
    .map((p, n) => ({
      ...p.row,
      id: `YS${String(n + 1).padStart(8, '0')}`,
      scopes: p.scopes.join(';'),
      registrations: p.registrations.map((i) => insts[i]?.row.id ?? '').join(';'),
    }));
}
