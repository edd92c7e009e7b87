/**
 * Reads institutions.csv, practitioners.csv and drugs.csv of a data directory into interned facts
 * (domain/facts.ts). Map keys are the ids' UTF-8 bytes read as latin1, so that records.csv can be
 * looked up straight from its bytes; bad values stop with file, line and column.
 */
import path from 'node:path';
import {
  dateNumber,
  type DrugFacts,
  type InstitutionFacts,
  maxAntibioticLevel,
  OPEN_FROM,
  OPEN_TO,
  type PractitionerFacts,
  STATUSES,
  TITLES,
} from '../domain/facts.js';
import { ByteIds } from './byte-ids.js';
import { isWord } from './values.js';
import {
  Coverage,
  DRUG_SLOT,
  fillPayloads,
  INSTITUTION_SLOT,
  PRACTITIONER_SLOT,
  registrationRanges,
} from './hot-facts.js';
import { IdTable } from './id-table.js';
import type { CsvRecordParser } from './csv-bytes.js';
import { CsvFile, FieldError, ScreenInputError } from './csv-file.js';

export interface Registry {
  institutions: InstitutionFacts[];
  /**
   * Id bytes → index into `institutions` (likewise for practitioners and drug codes), with the
   * facts the record pass needs in each slot's payload (hot-facts.ts).
   */
  institutionIds: IdTable;
  practitioners: PractitionerFacts[];
  practitionerIds: IdTable;
  drugs: DrugFacts[];
  drugCodes: IdTable;
  categories: string[];
  coverage: Coverage;
  /** Price cap by drug index (Infinity when none). */
  priceCaps: Float64Array;
  /** The practitioners' registrations (institution indexes), `registrations[from, to)` each. */
  registrations: Int32Array;
  /** Each practitioner's [from, to) at 2 × its index. */
  registrationRanges: Int32Array;
}

export const text = (r: CsvRecordParser, f: number) => r.buf.toString('utf8', r.start[f], r.end[f]);
const list = (value: string) =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

const encoded = new WeakMap<readonly string[], Buffer[]>();

function oneOf<T extends string>(r: CsvRecordParser, f: number, allowed: readonly T[]): T {
  // The bytes as they stand first (no string made), then the text trimmed.
  let words = encoded.get(allowed);
  if (!words) {
    words = allowed.map((word) => Buffer.from(word));
    encoded.set(allowed, words);
  }
  const s = r.start[f] as number;
  const e = r.end[f] as number;
  for (let k = 0; k < words.length; k += 1)
    if (isWord(r.buf, s, e, words[k] as Buffer)) return allowed[k] as T;
  const value = text(r, f).trim();
  if (!(allowed as readonly string[]).includes(value))
    throw new FieldError(f, `"${value}" is not one of ${allowed.join(', ')} / 取值无效`);
  return value as T;
}

function bound(r: CsvRecordParser, f: number, open: number): number {
  const value = text(r, f).trim();
  if (value === '') return open;
  const date = dateNumber(value);
  if (date < 0) throw new FieldError(f, `"${value}" is not a date YYYY-MM-DD / 日期无效`);
  return date;
}

function unique(ids: IdTable, r: CsvRecordParser, f: number): void {
  const before = ids.size;
  if (ids.intern(r.buf, r.start[f] as number, r.end[f] as number) !== before)
    throw new FieldError(f, `duplicate id "${text(r, f)}" / 标识重复`);
}

function open<C extends string>(dir: string, name: string, required: readonly C[]): CsvFile<C> {
  try {
    return new CsvFile(path.join(dir, name), name, required);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ScreenInputError(`${name}: file not found in ${dir} / 缺少文件`);
    throw error;
  }
}

/**
 * Appends the indexes of the registered institutions of field `f` that are in the registry, in
 * order: straight from the bytes when the field is printable ASCII (nothing to trim), else
 * through the text.
 */
function registrationsOf(r: CsvRecordParser, f: number, ids: IdTable, out: number[]): void {
  const buf = r.buf;
  const s = r.start[f] as number;
  const e = r.end[f] as number;
  let plain = true;
  for (let i = s; i < e; i += 1) {
    const c = buf[i] as number;
    if (c < 33 || c > 126) {
      plain = false;
      break;
    }
  }
  if (!plain) {
    for (const id of list(text(r, f))) {
      const bytes = Buffer.from(id);
      const index = ids.get(bytes, 0, bytes.length);
      if (index >= 0) out.push(index);
    }
    return;
  }
  let from = s;
  for (let i = s; i <= e; i += 1)
    if (i === e || buf[i] === 59) {
      if (i > from) {
        const index = ids.get(buf, from, i);
        if (index >= 0) out.push(index);
      }
      from = i + 1;
    }
}

const EMPTY = new Int32Array(0);
const EMPTY_MEMO = new Uint8Array(0);

export function readRegistry(dir: string): Registry {
  // Entities with the same granted list share one coverage memo row (fewer, hotter cache lines).
  const coverage = new Coverage();
  // A granted list as written (its bytes) → its items and memo row (lists recur on many rows).
  const grantedBytes = new ByteIds();
  const granted: { list: readonly string[]; row: number }[] = [];
  const grantedOf = (r: CsvRecordParser, f: number) => {
    const at = grantedBytes.intern(r.buf, r.start[f] as number, r.end[f] as number);
    if (at === granted.length) {
      const items = list(text(r, f));
      granted.push({ list: items, row: coverage.rowOf(items) });
    }
    return granted[at] as { list: readonly string[]; row: number };
  };
  const institutionRows: number[] = [];
  const practitionerRows: number[] = [];
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const institutions: InstitutionFacts[] = [];
  const institutionIds = new IdTable(...INSTITUTION_SLOT);
  const inst = open(dir, 'institutions.csv', [
    'id',
    'category',
    'licence_valid_from',
    'licence_valid_to',
    'departments',
    'status',
  ] as const);
  const ic = inst.columns;
  inst.each((r) => {
    const category = text(r, ic.category).trim();
    let index = categoryIndex.get(category);
    if (index === undefined) {
      index = categories.push(category) - 1;
      categoryIndex.set(category, index);
    }
    const departments = grantedOf(r, ic.departments);
    const facts: InstitutionFacts = {
      index: institutions.length,
      id: text(r, ic.id),
      category: index,
      active: oneOf(r, ic.status, STATUSES) === 'active',
      validFrom: bound(r, ic.licence_valid_from, OPEN_FROM),
      validTo: bound(r, ic.licence_valid_to, OPEN_TO),
      departments: departments.list,
      coverage: EMPTY_MEMO,
    };
    institutionRows.push(departments.row);
    unique(institutionIds, r, ic.id);
    institutions.push(facts);
  });

  const practitioners: PractitionerFacts[] = [];
  const practitionerIds = new IdTable(...PRACTITIONER_SLOT);
  const allRegistrations: number[] = [];
  const prac = open(dir, 'practitioners.csv', ['id', 'scopes', 'title', 'status', 'registrations'] as const);
  const pc = prac.columns;
  prac.each((r) => {
    const from = allRegistrations.length;
    registrationsOf(r, pc.registrations, institutionIds, allRegistrations);
    const scopes = grantedOf(r, pc.scopes);
    const facts: PractitionerFacts = {
      index: practitioners.length,
      id: text(r, pc.id),
      active: oneOf(r, pc.status, STATUSES) === 'active',
      maxLevel: maxAntibioticLevel(oneOf(r, pc.title, TITLES)),
      scopes: scopes.list,
      registrations: EMPTY,
      registrationsFrom: from,
      registrationsTo: allRegistrations.length,
      coverage: EMPTY_MEMO,
    };
    practitionerRows.push(scopes.row);
    unique(practitionerIds, r, pc.id);
    practitioners.push(facts);
  });

  const shared = Int32Array.from(allRegistrations);
  for (const practitioner of practitioners) practitioner.registrations = shared;
  institutions.forEach((f, at) => {
    f.coverage = coverage.view(institutionRows[at] as number);
  });
  practitioners.forEach((f, at) => {
    f.coverage = coverage.view(practitionerRows[at] as number);
  });

  const drugs: DrugFacts[] = [];
  const drugCodes = new IdTable(...DRUG_SLOT);
  const drug = open(dir, 'drugs.csv', ['code', 'antibiotic_level', 'price_cap'] as const);
  const dc = drug.columns;
  drug.each((r) => {
    const level = text(r, dc.antibiotic_level).trim();
    if (!/^[0-3]$/.test(level))
      throw new FieldError(dc.antibiotic_level, `"${level}" is not 0, 1, 2 or 3 / 分级无效`);
    const cap = text(r, dc.price_cap).trim();
    const priceCap = cap === '' ? Number.POSITIVE_INFINITY : Number(cap);
    if (!NUMBER.test(cap) && cap !== '')
      throw new FieldError(dc.price_cap, `"${cap}" is not a number / 不是数字`);
    const facts: DrugFacts = {
      index: drugs.length,
      code: text(r, dc.code),
      antibioticLevel: Number(level),
      priceCap,
    };
    unique(drugCodes, r, dc.code);
    drugs.push(facts);
  });
  const tables = { institutionIds, practitionerIds, drugCodes };
  fillPayloads(
    tables,
    { institutions, practitioners, drugs },
    {
      institutions: Int32Array.from(institutionRows),
      practitioners: Int32Array.from(practitionerRows),
    },
  );
  const priceCaps = Float64Array.from(drugs, (d) => d.priceCap);
  return {
    ...tables,
    institutions,
    practitioners,
    drugs,
    categories,
    coverage,
    priceCaps,
    registrations: shared,
    registrationRanges: registrationRanges(practitioners),
  };
}

/** A decimal number as the interchange writes them: `12`, `-3.5`, `0.125`, `1e3`. */
export const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
