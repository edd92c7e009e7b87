import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_PROFILE_CODES,
  categoryAllows,
  creditCheck,
  DRUG_COLUMNS,
  type GeneratedRegistry,
  generateRegistry,
  INSTITUTION_COLUMNS,
  licensedFor,
  orgCheck,
  PRACTITIONER_COLUMNS,
  type Row,
} from './generate.js';
import type { PractitionerCategory } from './departments.js';

// Checked against data the generator does not read: the registry's code-list file and a copy of
// the statistics bureau's street list (test/fixtures); a clean clone has everything it needs.
const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const csvRows = (rel: string) =>
  readFileSync(path.join(ROOT, rel), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
const KEMU = new Set(csvRows('src/server/modules/registry/codes/zhenliao_kemu.csv').map((r) => r[0]));
const STREETS = csvRows('test/fixtures/streets_shanghai.csv').map((r) => ({
  code: r[0],
  name: r[1],
}));
const DISTRICT_CODES = [
  '310101',
  '310104',
  '310105',
  '310106',
  '310107',
  '310109',
  '310110',
  '310112',
  '310113',
  '310114',
  '310115',
  '310116',
  '310117',
  '310118',
  '310120',
  '310151',
];

const list = (s: string | undefined) => (s ? s.split(';') : []);
const count = <T>(items: readonly T[], pred: (t: T) => boolean) => items.filter(pred).length;
const share = <T>(items: readonly T[], pred: (t: T) => boolean) => count(items, pred) / items.length;
const unique = (values: readonly (string | undefined)[]) => new Set(values).size === values.length;

/** Collects failures so loops over 60,000 rows stay fast; `done()` asserts none occurred. */
function checker() {
  const problems: string[] = [];
  return {
    ok: (cond: boolean, what: string) => {
      if (!cond && problems.length < 20) problems.push(what);
    },
    done: () => expect(problems).toEqual([]),
  };
}

let reg: GeneratedRegistry;
let byId: Map<string, Row>;
let ms = 0;

beforeAll(() => {
  const t = performance.now();
  reg = generateRegistry(20240601);
  ms = performance.now() - t;
  console.log(
    `generateRegistry(default): ${reg.institutions.length} institutions, ${reg.practitioners.length} practitioners, ` +
      `${reg.drugs.length} drugs in ${ms.toFixed(0)} ms`,
  );
  byId = new Map(reg.institutions.map((i) => [i.id as string, i]));
});

describe('generateRegistry — determinism and shape', () => {
  it('is a pure function of the seed', () => {
    const again = generateRegistry(20240601);
    expect(again).toEqual(reg);
    const other = generateRegistry(20240602, { institutions: 300, practitioners: 2000, drugs: 50 });
    expect(generateRegistry(20240602, { institutions: 300, practitioners: 2000, drugs: 50 })).toEqual(other);
    expect(other.institutions.map((i) => i.id)).not.toEqual(reg.institutions.slice(0, 300).map((i) => i.id));
  });

  it('keeps institutions unchanged when only the practitioner count changes', () => {
    const a = generateRegistry(9, { institutions: 400, practitioners: 1000, drugs: 10 });
    const b = generateRegistry(9, { institutions: 400, practitioners: 3000, drugs: 10 });
    expect(b.institutions).toEqual(a.institutions);
    expect(b.drugs).toEqual(a.drugs);
  });

  it('produces the default counts and the interchange columns exactly', () => {
    expect(reg.institutions).toHaveLength(5000);
    expect(reg.practitioners).toHaveLength(60_000);
    expect(reg.drugs).toHaveLength(400);
    const c = checker();
    const cols = (row: Row, columns: readonly string[]) =>
      c.ok(Object.keys(row).join() === columns.join(), JSON.stringify(row));
    for (const i of reg.institutions) cols(i, INSTITUTION_COLUMNS);
    for (const p of reg.practitioners) cols(p, PRACTITIONER_COLUMNS);
    for (const d of reg.drugs) cols(d, DRUG_COLUMNS);
    c.done();
  });

  it('honours small and empty sizes', () => {
    const small = generateRegistry(5, { institutions: 30, practitioners: 10, drugs: 5 });
    expect([small.institutions.length, small.practitioners.length, small.drugs.length]).toEqual([30, 10, 5]);
    expect(generateRegistry(5, { institutions: 0 })).toMatchObject({ institutions: [], practitioners: [] });
    expect(() => generateRegistry(5, { practitioners: -1 })).toThrow();
  });
});

describe('institutions', () => {
  it('have unique, well-formed credit codes and licence numbers', () => {
    expect(unique(reg.institutions.map((i) => i.id))).toBe(true);
    expect(unique(reg.institutions.map((i) => i.licence_no))).toBe(true);
    expect(unique(reg.institutions.map((i) => i.name))).toBe(true);
    const c = checker();
    for (const i of reg.institutions) {
      const id = i.id as string;
      c.ok(/^(12|52|91)310\d{3}[0-9A-HJ-NPQRTUWXY]{10}$/.test(id), `shape ${id}`);
      c.ok(id.slice(2, 8) === i.district_code, `district ${id}`);
      c.ok(id[17] === creditCheck(id.slice(0, 17)), `check ${id}`);
      c.ok(id[16] === orgCheck(id.slice(8, 16)), `org check ${id}`);
      c.ok(id.startsWith('12') === (i.ownership === 'public'), `ownership ${id}`);
      c.ok(!id.startsWith('91') || i.for_profit === 'true', `for profit ${id}`);
      c.ok(/^[0-9A-Z]{9}310\d{3}\d{2}[A-Z]\d{3}[12]$/.test(i.licence_no ?? ''), `licence ${i.licence_no}`);
      c.ok(i.licence_no?.slice(9, 15) === i.district_code, `licence district ${i.licence_no}`);
    }
    c.done();
  });

  it('cover all 16 districts, Pudong largest, Chongming and Jinshan small', () => {
    const per = new Map(
      DISTRICT_CODES.map((d) => [d, count(reg.institutions, (i) => i.district_code === d)]),
    );
    for (const d of DISTRICT_CODES) expect(per.get(d)).toBeGreaterThan(50);
    const pudong = per.get('310115') ?? 0;
    expect(Math.max(...per.values())).toBe(pudong);
    expect(per.get('310151')).toBeLessThan(pudong / 4);
    expect(per.get('310116')).toBeLessThan(pudong / 4);
    expect(new Set(reg.institutions.map((i) => i.district_code))).toEqual(new Set(DISTRICT_CODES));
  });

  it('use only real 诊疗科目 codes, as consistent trees', () => {
    expect(KEMU.size).toBeGreaterThan(150);
    for (const code of ALL_PROFILE_CODES) expect(KEMU.has(code), code).toBe(true);
    const c = checker();
    for (const i of reg.institutions) {
      const depts = list(i.departments);
      c.ok(depts.length > 0, `${i.name}: no departments`);
      for (const d of depts) {
        c.ok(KEMU.has(d), `${i.name}: ${d} not in zhenliao_kemu.csv`);
        c.ok(
          !d.includes('.') || depts.includes(d.slice(0, d.lastIndexOf('.'))),
          `${i.name}: ${d} without parent`,
        );
      }
    }
    c.done();
  });

  it('have category-typical departments', () => {
    const of = (category: string) => reg.institutions.filter((i) => i.category === category);
    for (const i of of('medical_beauty')) expect(list(i.departments)).toContain('14');
    for (const i of of('tcm_hospital')) expect(list(i.departments)).toContain('50');
    for (const i of of('community_health_center'))
      expect(list(i.departments)).toEqual(expect.arrayContaining(['01', '02']));
    for (const i of of('general_hospital')) {
      expect(list(i.departments).length).toBeGreaterThanOrEqual(8);
      expect(list(i.departments)).toEqual(expect.arrayContaining(['03', '04', '20', '26', '30', '32']));
    }
    for (const i of reg.institutions.filter((x) => /口腔(诊所|门诊部)/.test(x.name ?? '')))
      expect(list(i.departments)).toContain('12');
    const tcm = reg.institutions.filter((i) =>
      ['tcm_hospital', 'integrated_hospital'].includes(i.category ?? ''),
    );
    for (const i of tcm) expect(i.is_tcm).toBe('true');
  });

  it('run one 社区卫生服务中心 per street or town, named after it', () => {
    const chc = reg.institutions.filter((i) => i.category === 'community_health_center');
    const eligible = STREETS.filter((s) => /(街道|镇|乡|新区)$/.test(s.name ?? ''));
    expect(chc).toHaveLength(eligible.length);
    expect(new Set(chc.map((i) => i.street_code))).toEqual(new Set(eligible.map((s) => s.code)));
    for (const i of chc) {
      const street = STREETS.find((s) => s.code === i.street_code);
      expect(i.name).toBe(`${street?.name}社区卫生服务中心`);
      expect(i.ownership).toBe('public');
    }
    const streetCodes = new Set(STREETS.map((s) => s.code));
    for (const i of reg.institutions) {
      expect(streetCodes.has(i.street_code)).toBe(true);
      expect(i.street_code?.slice(0, 6)).toBe(i.district_code);
    }
  });

  it('have realistic beds, ownership and licence validity', () => {
    for (const i of reg.institutions) {
      const from = i.licence_valid_from as string;
      expect(from >= '2019-01-01' && from <= '2025-12-31').toBe(true);
      const [y, m, d] = from.split('-').map(Number) as [number, number, number];
      expect(i.licence_valid_to).toBe(new Date(Date.UTC(y + 5, m - 1, d - 1)).toISOString().slice(0, 10));
      if (i.category === 'general_hospital' && i.ownership === 'public') {
        expect(Number(i.beds)).toBeGreaterThanOrEqual(300);
        expect(Number(i.beds)).toBeLessThanOrEqual(2000);
      }
      if (i.category === 'clinic') expect(i.ownership === 'private' && i.beds === '0').toBe(true);
    }
    expect(reg.institutions.map((i) => i.name)).toEqual(expect.arrayContaining(['上海市第一人民医院']));
    expect(
      share(reg.institutions, (i) => i.category === 'clinic' && i.for_profit === 'true'),
    ).toBeGreaterThan(0.4);
  });

  it('are mostly active: 1.5 % suspended, 0.5 % revoked, ~2 % lapsed — never public ones', () => {
    expect(count(reg.institutions, (i) => i.status === 'suspended')).toBe(75);
    expect(count(reg.institutions, (i) => i.status === 'revoked')).toBe(25);
    expect(count(reg.institutions, (i) => (i.licence_valid_to as string) < '2025-12-31')).toBe(100);
    const bad = reg.institutions.filter(
      (i) => i.status !== 'active' || (i.licence_valid_to as string) < '2025-12-31',
    );
    for (const i of bad) expect(i.ownership).toBe('private');
  });
});

describe('practitioners', () => {
  it('have unique ids and 15-digit certificate numbers', () => {
    expect(unique(reg.practitioners.map((p) => p.id))).toBe(true);
    expect(unique(reg.practitioners.map((p) => p.certificate_no))).toBe(true);
    const c = checker();
    for (const p of reg.practitioners) {
      c.ok(/^1[1-4]0310\d{9}$/.test(p.certificate_no ?? ''), `certificate ${p.certificate_no}`);
      c.ok(/^[\u4e00-\u9fa5]{2,4}$/.test(p.name ?? ''), `name ${p.name}`);
    }
    c.done();
  });

  it('register at generated institutions: one primary first, no repeats, ~8 % multi-site', () => {
    const c = checker();
    for (const p of reg.practitioners) {
      const regs = list(p.registrations);
      c.ok(regs.length >= 1 && regs.length <= 4, `${p.id}: ${regs.length} registrations`);
      c.ok(new Set(regs).size === regs.length, `${p.id}: repeated registration`);
      for (const r of regs) c.ok(byId.has(r), `${p.id}: unknown institution ${r}`);
    }
    c.done();
    const multi = share(reg.practitioners, (p) => list(p.registrations).length > 1);
    expect(multi).toBeGreaterThan(0.07);
    expect(multi).toBeLessThan(0.1);
    const filings = reg.practitioners.flatMap((p) => list(p.registrations).slice(1));
    const atSmallPrivate = share(filings, (id) => {
      const i = byId.get(id);
      return (
        i?.ownership === 'private' &&
        ['clinic', 'outpatient_department', 'medical_beauty'].includes(i.category ?? '')
      );
    });
    expect(atSmallPrivate).toBeGreaterThan(0.6);
  });

  it('put most staff in hospitals; every institution has a practitioner', () => {
    const primaries = new Map<string, number>();
    for (const p of reg.practitioners) {
      const id = list(p.registrations)[0] as string;
      primaries.set(id, (primaries.get(id) ?? 0) + 1);
    }
    expect(primaries.size).toBe(reg.institutions.length);
    const inHospitals = count(reg.practitioners, (p) =>
      /hospital|maternal_child|rehabilitation/.test(
        byId.get(list(p.registrations)[0] as string)?.category ?? '',
      ),
    );
    expect(inHospitals / reg.practitioners.length).toBeGreaterThan(0.5);
  });

  it('hold scopes consistent with category and (but for the seeded anomaly) with the primary licence', () => {
    let outOfLicence = 0;
    const c = checker();
    for (const p of reg.practitioners) {
      const category = p.category as PractitionerCategory;
      c.ok(
        ['clinical', 'tcm', 'dental', 'public_health'].includes(category),
        `${p.id}: category ${category}`,
      );
      const primary = byId.get(list(p.registrations)[0] as string) as Row;
      const depts = list(primary.departments);
      c.ok(
        depts.some((d) => categoryAllows(category, d)),
        `${p.id}: ${category} at ${primary.name}`,
      );
      const scopes = list(p.scopes);
      c.ok(scopes.length > 0, `${p.id}: no scopes`);
      for (const s of scopes) {
        c.ok(categoryAllows(category, s), `${p.id}: ${category} with scope ${s}`);
        c.ok(KEMU.has(s), `${p.id}: scope ${s} not a 诊疗科目 code`);
      }
      const unlicensed = scopes.filter((s) => !licensedFor(depts, s));
      c.ok(unlicensed.length <= 1, `${p.id}: ${unlicensed.length} unlicensed scopes`);
      if (unlicensed.length) outOfLicence++;
      if (depts.every((d) => d.startsWith('12')))
        c.ok(category === 'dental', `${p.id}: ${category} at dental-only`);
      if (depts.every((d) => /^5[0-2]/.test(d))) c.ok(category === 'tcm', `${p.id}: ${category} at TCM-only`);
    }
    c.done();
    expect(outOfLicence).toBe(300); // SEEDED_ANOMALIES OUT_OF_LICENCE_SCOPE: 0.5 % of 60,000
  });

  it('seed filings at inactive institutions (anomaly FILING_AT_INACTIVE)', () => {
    const inactive = (id: string) => {
      const i = byId.get(id);
      return i?.status !== 'active' || (i.licence_valid_to as string) < '2025-12-31';
    };
    const n = count(reg.practitioners, (p) => list(p.registrations).slice(1).some(inactive));
    expect(n).toBeGreaterThanOrEqual(180);
  });

  it('have a realistic title and status distribution', () => {
    const t = (title: string) => share(reg.practitioners, (p) => p.title === title);
    expect(t('resident')).toBeCloseTo(0.35, 1);
    expect(t('attending')).toBeCloseTo(0.35, 1);
    expect(t('associate_chief')).toBeCloseTo(0.2, 1);
    expect(t('chief')).toBeCloseTo(0.1, 1);
    const inClinics = reg.practitioners.filter(
      (p) => byId.get(list(p.registrations)[0] as string)?.category === 'clinic',
    );
    expect(share(inClinics, (p) => p.title === 'chief')).toBeLessThan(t('chief'));
    expect(share(reg.practitioners, (p) => p.status === 'active')).toBeGreaterThan(0.97);
  });
});

describe('drugs', () => {
  it('have unique codes, levels 0–3 and yuan price caps', () => {
    expect(unique(reg.drugs.map((d) => d.code))).toBe(true);
    for (const d of reg.drugs) {
      expect(d.code).toMatch(
        /^(X[A-Z]\d{2}[A-Z]{2}[A-Z]\d{3}[A-Z]\d{3}\d{9}|Z[A-Z]\d{2}[A-Z]{2}[A-Z]\d{3}\d{10})$/,
      );
      expect(['0', '1', '2', '3']).toContain(d.antibiotic_level);
      expect(d.price_cap).toMatch(/^\d+\.\d{2}$/);
      expect(Number(d.price_cap)).toBeGreaterThan(0);
    }
  });

  it('grade well-known antibacterials as in practice', () => {
    const level = (prefix: string) => reg.drugs.find((d) => d.name?.startsWith(prefix))?.antibiotic_level;
    expect(level('阿莫西林胶囊')).toBe('1');
    expect(level('头孢呋辛酯片')).toBe('1');
    expect(level('注射用头孢曲松钠')).toBe('2');
    expect(level('左氧氟沙星片')).toBe('1');
    expect(level('左氧氟沙星注射液')).toBe('2');
    expect(level('注射用美罗培南')).toBe('3');
    expect(level('注射用盐酸万古霉素')).toBe('3');
    expect(level('阿司匹林肠溶片')).toBe('0');
    for (const l of ['0', '1', '2', '3'])
      expect(count(reg.drugs, (d) => d.antibiotic_level === l)).toBeGreaterThan(10);
  });
});

it('generation time (informational)', () => {
  console.log(`default registry generated in ${ms.toFixed(0)} ms`);
  expect(ms).toBeGreaterThan(0);
});
