/**
 * Streams records.csv once: each record's references are looked up by their bytes, R1–R8 are
 * evaluated per record (domain/evaluate.ts), its R9 key is hashed into the duplicate index and
 * drug records with a known institution and drug add to the R10 totals. Only the ids of records
 * with findings become strings.
 */
import type { Department, DrugFacts, InstitutionFacts, PractitionerFacts } from '../domain/facts.js';
import { monthOf } from '../domain/facts.js';
import { DuplicateIndex, KeyHasher } from '../domain/duplicates.js';
import { type RecordFacts, screenRecord } from '../domain/evaluate.js';
import { VolumeTotals } from '../domain/volume.js';
import { ByteIds } from './byte-ids.js';
import type { CsvRecordParser } from './csv-bytes.js';
import { CsvFile, FieldError } from './csv-file.js';
import type { Registry } from './registry-files.js';
import { dateAt, isWord, numberAt, sameBytes } from './values.js';

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

const word = (w: string) => new Uint8Array(Buffer.from(w, 'latin1'));
const DRUG = word('drug');
const PROCEDURE = word('procedure');
const CONSUMABLE = word('consumable');

export interface RecordPass {
  records: number;
  /** Record ids per rule bit R1…R8 (index 0…7). */
  perRecord: string[][];
  duplicates: DuplicateIndex;
  volumes: VolumeTotals;
}

export function screenRecords(
  file: CsvFile<(typeof RECORD_COLUMNS)[number]>,
  registry: Registry,
  onProgress?: (bytes: number, records: number) => void,
): RecordPass {
  const c = file.columns;
  const { institutionIds, practitionerIds, drugCodes, institutions, practitioners, drugs } = registry;
  const departmentCodes = new ByteIds();
  const departmentList: Department[] = [];
  const perRecord: string[][] = Array.from({ length: 8 }, () => []);
  // ~100 bytes a record: sized so that 10 M records fit without a rehash (16 bytes a slot).
  const duplicates = new DuplicateIndex(file.size / 100);
  const volumes = new VolumeTotals(Math.max(registry.drugs.length, 1));
  const hasher = new KeyHasher();
  const facts: RecordFacts = {
    institution: undefined,
    practitioner: undefined,
    drug: undefined,
    isDrug: false,
    department: { index: 0, code: '' },
    date: 0,
    unitPrice: 0,
  };
  let current: CsvRecordParser;
  let looked = -1;
  let lookedUp: CsvRecordParser | undefined;
  const at = (position: number) => {
    if (position !== looked || !lookedUp) {
      lookedUp = file.recordAt(position);
      looked = position;
    }
    return lookedUp;
  };
  const keyFields = [c.institution_id, c.patient_ref, c.item_code, c.service_date];
  const source = {
    sameKey(position: number) {
      const other = at(position);
      return keyFields.every((f) =>
        sameBytes(
          current.buf,
          current.start[f] as number,
          current.end[f] as number,
          other.buf,
          other.start[f] as number,
          other.end[f] as number,
        ),
      );
    },
    idAt: (position: number) => {
      const other = at(position);
      return other.buf.toString('utf8', other.start[c.id], other.end[c.id]);
    },
    currentId: () => current.buf.toString('utf8', current.start[c.id], current.end[c.id]),
  };
  let records = 0;

  file.each(
    (r, offset) => {
      current = r;
      const buf = r.buf;
      const s = r.start;
      const e = r.end;
      const ii = institutionIds.get(buf, s[c.institution_id] as number, e[c.institution_id] as number);
      const institution: InstitutionFacts | undefined = ii >= 0 ? institutions[ii] : undefined;
      const pi = practitionerIds.get(buf, s[c.practitioner_id] as number, e[c.practitioner_id] as number);
      const practitioner: PractitionerFacts | undefined = pi >= 0 ? practitioners[pi] : undefined;
      const ds = s[c.department_code] as number;
      const de = e[c.department_code] as number;
      const deptIndex = departmentCodes.intern(buf, ds, de);
      let department = departmentList[deptIndex];
      if (!department) {
        department = { index: deptIndex, code: buf.toString('utf8', ds, de) };
        departmentList.push(department);
      }
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
        for (let bit = 0; bit < 8; bit += 1) if (mask & (1 << bit)) perRecord[bit]?.push(id);
      }

      hasher.reset();
      hasher.bytes(buf, s[c.institution_id] as number, e[c.institution_id] as number);
      hasher.bytes(buf, s[c.patient_ref] as number, e[c.patient_ref] as number);
      hasher.bytes(buf, s[c.item_code] as number, e[c.item_code] as number);
      hasher.bytes(buf, s[c.service_date] as number, e[c.service_date] as number);
      duplicates.add(hasher.h1, hasher.h2, offset, source);

      if (isDrug && institution && drug) volumes.add(institution.index, drug.index, monthOf(date), quantity);
      records += 1;
    },
    (bytes) => onProgress?.(bytes, records),
  );
  return { records, perRecord, duplicates, volumes };
}
