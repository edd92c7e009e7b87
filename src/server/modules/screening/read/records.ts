/**
 * The per-record pass over one block of records.csv: parses each record's fields straight from
 * the read buffer, looks its references up in the registry's id tables, whose slots hold the
 * facts (id-table.ts, hot-facts.ts), applies R1–R8 there (the rules of domain/evaluate.ts, inlined
 * on typed arrays: no object per record or per entity) and keeps the ids of the records they flag,
 * and leaves what R9 and R10 need as numeric entries split into partitions (settle.ts settles each
 * partition on its own thread): for R9 the key's two hashes (from the hashes of its fields, most
 * of them already computed by the look-ups) and the record's position, by key hash; for R10 the
 * (institution, drug, month) group and the quantity, by drug.
 */
import { BIT } from '../domain/evaluate.js';
import { groupKey } from '../domain/volume.js';
import { ByteIds } from './byte-ids.js';
import type { CsvRecordParser } from './csv-bytes.js';
import { type CsvFile, FieldError, type InputProblem, RunawayRecord } from './csv-file.js';
import { type EntryList, Float64Entries, listOf, Uint32Entries } from './entries.js';
import { D_LEVEL, I_ACTIVE, I_FROM, I_ROW, I_TO, P_FIRST, P_FLAGS } from './hot-facts.js';
import { fmix, round, WordReader } from './id-table.js';
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
/** Per R10 entry: the `groupKey` of (institution, drug, month), the quantity. */
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
  /** Department codes by interned index. */
  private readonly departments: string[] = [];
  private readonly reader = new WordReader();
  private readonly key = new Int32Array(6);

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
    // Sorted here, on the thread that scanned the block: the final sort then only merges runs.
    for (const ids of flagged) ids.sort();
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
    const registry = this.registry;
    const { institutionIds, practitionerIds, drugCodes } = registry;
    const buf = r.buf;
    const s = r.start;
    const e = r.end;
    const ia = institutionIds.find(buf, s[c.institution_id] as number, e[c.institution_id] as number);
    const institutionHash = institutionIds.hash;
    const pa = practitionerIds.find(buf, s[c.practitioner_id] as number, e[c.practitioner_id] as number);
    const ds = s[c.department_code] as number;
    const de = e[c.department_code] as number;
    const department = this.departmentCodes.intern(buf, ds, de);
    if (department === this.departments.length) this.departments.push(buf.toString('utf8', ds, de));
    const date = dateAt(buf, s[c.service_date] as number, e[c.service_date] as number);
    if (date < 0) throw new FieldError(c.service_date, 'not a date YYYY-MM-DD / 日期无效');
    const ts = s[c.item_type] as number;
    const te = e[c.item_type] as number;
    const isDrug = isWord(buf, ts, te, DRUG);
    if (!isDrug && !isWord(buf, ts, te, PROCEDURE) && !isWord(buf, ts, te, CONSUMABLE))
      throw new FieldError(c.item_type, 'not one of drug, procedure, consumable / 项目类型无效');
    const cs = s[c.item_code] as number;
    const ce = e[c.item_code] as number;
    let da = -1;
    let itemHash: number;
    if (isDrug) {
      da = drugCodes.find(buf, cs, ce);
      itemHash = drugCodes.hash;
    } else itemHash = this.reader.hash(buf, cs, ce, this.key);
    const quantity = numberAt(buf, s[c.quantity] as number, e[c.quantity] as number);
    if (Number.isNaN(quantity)) throw new FieldError(c.quantity, 'not a number / 不是数字');
    const unitPrice = numberAt(buf, s[c.unit_price] as number, e[c.unit_price] as number);
    if (Number.isNaN(unitPrice)) throw new FieldError(c.unit_price, 'not a number / 不是数字');

    // R1–R8, as domain/evaluate.ts's screenRecord, on the slot payloads (hot-facts.ts).
    let mask = 0;
    const i = institutionIds.slots;
    const p = practitionerIds.slots;
    const ip = ia + institutionIds.payload;
    const pp = pa + practitionerIds.payload;
    const flags = pa >= 0 ? (p[pp + P_FLAGS] as number) : 0;
    const coverage = registry.coverage;
    if (ia >= 0) {
      if (i[ip + I_ACTIVE] === 0 || date < (i[ip + I_FROM] as number) || date > (i[ip + I_TO] as number))
        mask |= BIT.R1;
      if (!coverage.covered(i[ip + I_ROW] as number, department, this.departments[department] as string))
        mask |= BIT.R2;
      if (
        pa >= 0 &&
        p[pp + P_FIRST] !== (i[ia] as number) - 1 &&
        !this.registered(p, pa, (i[ia] as number) - 1)
      )
        mask |= BIT.R3;
    }
    if (pa >= 0) {
      if (!coverage.covered(flags >>> 3, department, this.departments[department] as string)) mask |= BIT.R4;
      if ((flags & 1) === 0) mask |= BIT.R5;
      if (da >= 0 && (drugCodes.slots[da + drugCodes.payload + D_LEVEL] as number) > ((flags >>> 1) & 3))
        mask |= BIT.R6;
    }
    const drug = da >= 0 ? (drugCodes.slots[da] as number) - 1 : -1;
    if (drug >= 0 && unitPrice > (registry.priceCaps[drug] as number)) mask |= BIT.R7;
    if (ia < 0 || pa < 0 || (isDrug && da < 0)) mask |= BIT.R8;
    if (mask !== 0) {
      const id = buf.toString('utf8', s[c.id], e[c.id]);
      for (let bit = 0; bit < 8; bit += 1) if (mask & (1 << bit)) out.flagged[bit]?.push(id);
    }

    // R9: the key's hashes from the hashes of its fields (a match is confirmed on the bytes).
    const patientHash = this.reader.hash(
      buf,
      s[c.patient_ref] as number,
      e[c.patient_ref] as number,
      this.key,
    );
    const h1 =
      fmix(round(round(round(round(0x811c9dc5, institutionHash), patientHash), itemHash), date)) >>> 0;
    const h2 =
      fmix(round(round(round(round(0x9747b28c, date), itemHash), patientHash), institutionHash)) >>> 0;
    const keys = out.duplicateKeys[h2 % this.partitions] as Uint32Entries;
    const at = keys.claim();
    const k = keys.data;
    k[at] = h1;
    k[at + 1] = h2;
    k[at + 2] = offset >>> 0; // the low 32 bits, exactly (a `%` here is a library call)
    k[at + 3] = Math.floor(offset / HIGH);

    if (drug >= 0 && ia >= 0) {
      const totals = out.quantities[drug % this.partitions] as Float64Entries;
      const q = totals.claim();
      const institution = (i[ia] as number) - 1;
      // monthOf(date) in int32 arithmetic (dates are 8 digits).
      const year = (date / 10000) | 0;
      const month = year * 12 + ((date / 100) | 0) - year * 100 - 1;
      totals.data[q] = groupKey(registry.drugs.length, institution, drug, month);
      totals.data[q + 1] = quantity;
    }
    out.records += 1;
  }

  /** R3's test past the first registration: the institution is among the practitioner's others. */
  private registered(p: Int32Array, pa: number, institution: number): boolean {
    const practitioner = (p[pa] as number) - 1;
    const ranges = this.registry.registrationRanges;
    const registrations = this.registry.registrations;
    const to = ranges[2 * practitioner + 1] as number;
    for (let k = (ranges[2 * practitioner] as number) + 1; k < to; k += 1)
      if (registrations[k] === institution) return true;
    return false;
  }
}
