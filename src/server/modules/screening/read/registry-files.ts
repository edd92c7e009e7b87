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
import { MEMO_DEPARTMENTS } from '../domain/evaluate.js';
import { ByteIds } from './byte-ids.js';
import type { CsvRecordParser } from './csv-bytes.js';
import { CsvFile, FieldError, ScreenInputError } from './csv-file.js';

export interface Registry {
  institutions: InstitutionFacts[];
  /** Id bytes → index into `institutions` (likewise for practitioners and drug codes). */
  institutionIds: ByteIds;
  practitioners: PractitionerFacts[];
  practitionerIds: ByteIds;
  drugs: DrugFacts[];
  drugCodes: ByteIds;
  categories: string[];
}

export const text = (r: CsvRecordParser, f: number) => r.buf.toString('utf8', r.start[f], r.end[f]);
const list = (value: string) =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

function oneOf<T extends string>(r: CsvRecordParser, f: number, allowed: readonly T[]): T {
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

function unique(ids: ByteIds, r: CsvRecordParser, f: number): void {
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

const EMPTY = new Int32Array(0);

export function readRegistry(dir: string): Registry {
  // Entities with the same granted list share one coverage memo (fewer, hotter cache lines).
  const memos = new Map<string, Uint8Array>();
  const memoOf = (granted: string) => {
    let memo = memos.get(granted);
    if (!memo) {
      memo = new Uint8Array(MEMO_DEPARTMENTS);
      memos.set(granted, memo);
    }
    return memo;
  };
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const institutions: InstitutionFacts[] = [];
  const institutionIds = new ByteIds();
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
    const facts: InstitutionFacts = {
      index: institutions.length,
      id: text(r, ic.id),
      category: index,
      active: oneOf(r, ic.status, STATUSES) === 'active',
      validFrom: bound(r, ic.licence_valid_from, OPEN_FROM),
      validTo: bound(r, ic.licence_valid_to, OPEN_TO),
      departments: list(text(r, ic.departments)),
      coverage: memoOf(list(text(r, ic.departments)).join(';')),
    };
    unique(institutionIds, r, ic.id);
    institutions.push(facts);
  });

  const practitioners: PractitionerFacts[] = [];
  const practitionerIds = new ByteIds();
  const allRegistrations: number[] = [];
  const prac = open(dir, 'practitioners.csv', ['id', 'scopes', 'title', 'status', 'registrations'] as const);
  const pc = prac.columns;
  prac.each((r) => {
    const registrations = list(text(r, pc.registrations))
      .map((id) => {
        const bytes = Buffer.from(id);
        return institutionIds.get(bytes, 0, bytes.length);
      })
      .filter((index) => index >= 0);
    const facts: PractitionerFacts = {
      index: practitioners.length,
      id: text(r, pc.id),
      active: oneOf(r, pc.status, STATUSES) === 'active',
      maxLevel: maxAntibioticLevel(oneOf(r, pc.title, TITLES)),
      scopes: list(text(r, pc.scopes)),
      registrations: EMPTY,
      registrationsFrom: allRegistrations.length,
      registrationsTo: allRegistrations.push(...registrations),
      coverage: memoOf(list(text(r, pc.scopes)).join(';')),
    };
    unique(practitionerIds, r, pc.id);
    practitioners.push(facts);
  });

  const shared = Int32Array.from(allRegistrations);
  for (const practitioner of practitioners) practitioner.registrations = shared;

  const drugs: DrugFacts[] = [];
  const drugCodes = new ByteIds();
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
  return { institutions, institutionIds, practitioners, practitionerIds, drugs, drugCodes, categories };
}

/** A decimal number as the interchange writes them: `12`, `-3.5`, `0.125`, `1e3`. */
export const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
