/**
 * The per-record pass over one block of records.csv: parses each record's fields straight from
 * the read buffer, applies R1–R8 (domain/evaluate.ts) and keeps the ids of the records they flag,
 * and leaves what R9 and R10 need as numeric entries split into partitions (settle.ts settles each
 * partition on its own thread): for R9 the key's two hashes and the record's position, by key hash;
 * for R10 the (institution, drug, month) group and the quantity, by drug.
 */
import type { Department, DrugFacts, InstitutionFacts, PractitionerFacts } from '../domain/facts.js';
import { monthOf } from '../domain/facts.js';
import { KeyHasher } from '../domain/duplicates.js';
import { type RecordFacts, screenRecord } from '../domain/evaluate.js';
import { VolumeTotals } from '../domain/volume.js';
import { ByteIds } from './byte-ids.js';
import type { CsvRecordParser } from './csv-bytes.js';
import { type CsvFile, FieldError, type InputProblem, RunawayRecord } from './csv-file.js';
import { type EntryList, Float64Entries, listOf, Uint32Entries } from './entries.js';
import type { Registry } from './registry-files.js';
import { dateAt, isWord, numberAt } from './values.js';

export const RECORD_COLUMNS = [
  'id',
  'institution_id',
  'practitioner_id',
  'department_code',
  'service_date',
  'patient_ref',
  'item_type',
  'item_code',
  'quantity',
  'unit_price',
] as const;

export type RecordsFile = CsvFile<(typeof RECORD_COLUMNS)[number]>;

const word = (w: string) => new Uint8Array(Buffer.from(w, 'latin1'));
const DRUG = word('drug');
const PROCEDURE = word('procedure');
const CONSUMABLE = word('consumable');
const HIGH = 4_294_967_296;
const GUESS_MAX_RECORD = 1 << 26;

/** Per R9 entry: h1, h2, low and high words of the record's position. */
export const DUPLICATE_WIDTH = 4;
/** Per R10 entry: the VolumeTotals key of (institution, drug, month), the quantity. */
export const QUANTITY_WIDTH = 2;

/** What one block of records leaves behind; lines are counted from its start (line 1). */
export interface BlockScan {
  /** Offset where the scan began and the first record start at or after the block's end. */
  start: number;
  end: number;
  /** The line `end` is on, counting the block's first line as 1. */
  endLine: number;
  records: number;
  /** Record ids flagged per rule bit R1…R8 (index 0…7). */
  flagged: string[][];
  /** Per partition. */
  duplicateKeys: EntryList<Uint32Array>[];
  quantities: EntryList<Float64Array>[];
  /** The first syntax or value problem, which ended the scan early. */
  problem?: InputProblem;
}

/** Screens records block by block for one thread; department codes are interned per thread. */
export class RecordScreener {
  private readonly departmentCodes = new ByteIds();
  private readonly departments: Department[] = [];
  private readonly hasher = new KeyHasher();
  private readonly facts: RecordFacts = {
    institution: undefined,
    practitioner: undefined,
    drug: undefined,
    isDrug: false,
    department: { index: 0, code: '' },
    date: 0,
    unitPrice: 0,
  };

  constructor(
    private readonly file: RecordsFile,
    private readonly registry: Registry,
    private readonly partitions: number,
  ) {}

  /**
   * The records that start in [from, to). `from` is the start of a record, or when `guessed` only
   * taken to be: such a scan gives up on a record longer than GUESS_MAX_RECORD (a wrong guess can
   * read a whole file as one quoted field) and is then marked to be scanned again (start -1).
   */
  scan(from: number, to: number, guessed = false): BlockScan {
    const expected = Math.ceil((to - from) / 64 / this.partitions) + 16;
    const duplicateKeys = Array.from(
      { length: this.partitions },
      () => new Uint32Entries(DUPLICATE_WIDTH, expected),
    );
    const quantities = Array.from(
      { length: this.partitions },
      () => new Float64Entries(QUANTITY_WIDTH, expected),
    );
    const flagged: string[][] = Array.from({ length: 8 }, () => []);
    const out = { flagged, duplicateKeys, quantities, records: 0 };
    const result: BlockScan = {
      start: from,
      end: -1,
      endLine: 0,
      records: 0,
      flagged,
      duplicateKeys: [],
      quantities: [],
    };
    try {
      const maxRecord = guessed ? GUESS_MAX_RECORD : Number.POSITIVE_INFINITY;
      result.end = this.file.scan(from, to, 1, (r, offset) => this.screen(r, offset, out), maxRecord);
      result.endLine = this.file.nextLine;
    } catch (error) {
      if (error instanceof RunawayRecord) return { ...result, start: -1 };
      const problem = this.file.problemOf(error);
      if (!problem) throw error;
      result.problem = problem;
    }
    result.records = out.records;
    result.duplicateKeys = duplicateKeys.map(listOf);
    result.quantities = quantities.map(listOf);
    return result;
  }

  private screen(
    r: CsvRecordParser,
    offset: number,
    out: {
      flagged: string[][];
      duplicateKeys: Uint32Entries[];
      quantities: Float64Entries[];
      records: number;
    },
  ): void {
    const c = this.file.columns;
    const { institutionIds, practitionerIds, drugCodes, institutions, practitioners, drugs } = this.registry;
    const buf = r.buf;
    const s = r.start;
    const e = r.end;
    const ii = institutionIds.get(buf, s[c.institution_id] as number, e[c.institution_id] as number);
    const institution: InstitutionFacts | undefined = ii >= 0 ? institutions[ii] : undefined;
    const pi = practitionerIds.get(buf, s[c.practitioner_id] as number, e[c.practitioner_id] as number);
    const practitioner: PractitionerFacts | undefined = pi >= 0 ? practitioners[pi] : undefined;
    const department = this.department(buf, s[c.department_code] as number, e[c.department_code] as number);
    const date = dateAt(buf, s[c.service_date] as number, e[c.service_date] as number);
    if (date < 0) throw new FieldError(c.service_date, 'not a date YYYY-MM-DD / 日期无效');
    const ts = s[c.item_type] as number;
    const te = e[c.item_type] as number;
    const isDrug = isWord(buf, ts, te, DRUG);
    if (!isDrug && !isWord(buf, ts, te, PROCEDURE) && !isWord(buf, ts, te, CONSUMABLE))
      throw new FieldError(c.item_type, 'not one of drug, procedure, consumable / 项目类型无效');
    const di = isDrug ? drugCodes.get(buf, s[c.item_code] as number, e[c.item_code] as number) : -1;
    const drug: DrugFacts | undefined = di >= 0 ? drugs[di] : undefined;
    const quantity = numberAt(buf, s[c.quantity] as number, e[c.quantity] as number);
    if (Number.isNaN(quantity)) throw new FieldError(c.quantity, 'not a number / 不是数字');
    const unitPrice = numberAt(buf, s[c.unit_price] as number, e[c.unit_price] as number);
    if (Number.isNaN(unitPrice)) throw new FieldError(c.unit_price, 'not a number / 不是数字');

    const facts = this.facts;
    facts.institution = institution;
    facts.practitioner = practitioner;
    facts.drug = drug;
    facts.isDrug = isDrug;
    facts.department = department;
    facts.date = date;
    facts.unitPrice = unitPrice;
    const mask = screenRecord(facts);
    if (mask !== 0) {
      const id = buf.toString('utf8', s[c.id], e[c.id]);
      for (let bit = 0; bit < 8; bit += 1) if (mask & (1 << bit)) out.flagged[bit]?.push(id);
    }

    const hasher = this.hasher;
    hasher.reset();
    hasher.bytes(buf, s[c.institution_id] as number, e[c.institution_id] as number);
    hasher.bytes(buf, s[c.patient_ref] as number, e[c.patient_ref] as number);
    hasher.bytes(buf, s[c.item_code] as number, e[c.item_code] as number);
    hasher.bytes(buf, s[c.service_date] as number, e[c.service_date] as number);
    const keys = out.duplicateKeys[hasher.h2 % this.partitions] as Uint32Entries;
    const at = keys.claim();
    const k = keys.data;
    k[at] = hasher.h1;
    k[at + 1] = hasher.h2;
    k[at + 2] = offset % HIGH;
    k[at + 3] = Math.floor(offset / HIGH);

    if (isDrug && institution && drug) {
      const totals = out.quantities[drug.index % this.partitions] as Float64Entries;
      const q = totals.claim();
      totals.data[q] = VolumeTotals.keyOf(drugs.length, institution.index, drug.index, monthOf(date));
      totals.data[q + 1] = quantity;
    }
    out.records += 1;
  }

  private department(buf: Buffer, s: number, e: number): Department {
    const index = this.departmentCodes.intern(buf, s, e);
    let department = this.departments[index];
    if (!department) {
      department = { index, code: buf.toString('utf8', s, e) };
      this.departments.push(department);
    }
    return department;
  }
}
