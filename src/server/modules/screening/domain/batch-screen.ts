/**
 * Screens a checked batch against the registry as of each record's service date (as-of.ts), with
 * the engine's own rule functions (evaluate.ts: the same coverage rule and the same rule of
 * what still applies when a reference is unknown), and R9 within the batch. Each finding carries
 * its evidence packet (evidence.ts). Pure: records and histories in, findings out.
 */
import type { BatchRecord } from './batch-rows.js';
import {
  type DrugHistoryView,
  drugOn,
  type InstitutionHistoryView,
  institutionOn,
  type PractitionerHistoryView,
  practitionerOn,
} from './as-of.js';
import { type RecordFacts, screenRecord } from './evaluate.js';
import { type Evidence, evidenceOf, type EvidenceParts } from './evidence.js';
import { type Department, dateNumber, maxAntibioticLevel, OPEN_FROM, OPEN_TO, type TITLES } from './facts.js';
import { RULES, type RuleDefinition } from './rules.js';

export interface Histories {
  institutions: ReadonlyMap<string, InstitutionHistoryView>;
  practitioners: ReadonlyMap<string, PractitionerHistoryView>;
  drugs: ReadonlyMap<string, DrugHistoryView>;
}

export interface Finding {
  rule: RuleDefinition;
  /** Unique per rule: institution id | record id, or R10's group key. */
  subjectKey: string;
  ref: string;
  recordId: string | null;
  institutionId: string;
  practitionerId: string | null;
  serviceDate: string;
  evidence: Evidence;
}

/** Interns ids and codes as dense indexes (the engine's facts are index-based). */
class Indexes {
  private readonly map = new Map<string, number>();
  of(key: string): number {
    let at = this.map.get(key);
    if (at === undefined) {
      at = this.map.size;
      this.map.set(key, at);
    }
    return at;
  }
}

export function screenBatch(records: readonly BatchRecord[], histories: Histories): Finding[] {
  const institutionIndexes = new Indexes();
  const departmentIndexes = new Indexes();
  const departments = new Map<string, Department>();
  const department = (code: string) => {
    let found = departments.get(code);
    if (!found) {
      found = { index: departmentIndexes.of(code), code };
      departments.set(code, found);
    }
    return found;
  };
  // Facts are built once per (record, day) and memoised: a batch repeats both a lot.
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  };
  const institutionAt = (id: string, day: string) =>
    once(`i|${id}|${day}`, () => {
      const history = histories.institutions.get(id);
      if (!history) return undefined;
      const view = institutionOn(history, day);
      const permit = view.permit;
      const facts = {
        index: institutionIndexes.of(id),
        id,
        category: 0,
        active: view.status === 'active',
        validFrom: permit.kind === 'none' ? OPEN_TO : dateNumber(permit.validFrom),
        validTo: permit.kind === 'none' ? OPEN_FROM : permit.validTo ? dateNumber(permit.validTo) : OPEN_TO,
        departments: permit.kind === 'none' ? [] : permit.departments,
        coverage: new Uint8Array(256),
      };
      return { view, facts };
    });
  const practitionerAt = (id: string, day: string) =>
    once(`p|${id}|${day}`, () => {
      const history = histories.practitioners.get(id);
      if (!history) return undefined;
      const view = practitionerOn(history, day);
      const registrations = Int32Array.from(
        view.registrations.map((r) => institutionIndexes.of(r.institutionId)),
      );
      const facts = {
        index: 0,
        id,
        active: view.status === 'active',
        maxLevel: maxAntibioticLevel(view.title as (typeof TITLES)[number]),
        scopes: view.scopes,
        registrations,
        registrationsFrom: 0,
        registrationsTo: registrations.length,
        coverage: new Uint8Array(256),
      };
      return { view, facts };
    });
  const drugAt = (code: string, day: string) =>
    once(`d|${code}|${day}`, () => {
      const history = histories.drugs.get(code);
      if (!history) return undefined;
      const view = drugOn(history, day);
      return {
        view,
        facts: { index: 0, code, antibioticLevel: view.antibioticLevel, priceCap: view.priceCap },
      };
    });

  const findings: Finding[] = [];
  const facts: RecordFacts = {
    institution: undefined,
    practitioner: undefined,
    drug: undefined,
    isDrug: false,
    department: { index: 0, code: '' },
    date: 0,
    unitPrice: 0,
  };
  for (const record of records) {
    const day = record.serviceDate;
    const institution = institutionAt(record.institutionId, day);
    const practitioner = practitionerAt(record.practitionerId, day);
    const isDrug = record.itemType === 'drug';
    const drug = isDrug ? drugAt(record.itemCode, day) : undefined;
    facts.institution = institution?.facts;
    facts.practitioner = practitioner?.facts;
    facts.drug = drug?.facts;
    facts.isDrug = isDrug;
    facts.department = department(record.departmentCode);
    facts.date = dateNumber(day);
    facts.unitPrice = record.unitPrice;
    const mask = screenRecord(facts);
    if (!mask) continue;
    const parts: EvidenceParts = {
      record,
      institution: institution?.view ?? null,
      practitioner: practitioner?.view ?? null,
      drug: drug?.view ?? null,
      isDrug,
    };
    for (const rule of RULES) {
      if (rule.bit > 7 || !(mask & (1 << rule.bit))) continue;
      findings.push(recordFinding(rule, record, evidenceOf(rule, day, parts)));
    }
  }
  for (const finding of duplicateFindings(records, (record) => ({
    record,
    institution: institutionAt(record.institutionId, record.serviceDate)?.view ?? null,
    practitioner: null,
    drug: null,
    isDrug: record.itemType === 'drug',
  })))
    findings.push(finding);
  return findings;
}

function recordFinding(rule: RuleDefinition, record: BatchRecord, evidence: Evidence): Finding {
  return {
    rule,
    subjectKey: `${record.institutionId}|${record.id}`,
    ref: record.id,
    recordId: record.id,
    institutionId: record.institutionId,
    practitionerId: record.practitionerId,
    serviceDate: record.serviceDate,
    evidence,
  };
}

/** R9 within the batch: of each group (institution, patient, item, date) all but the smallest id. */
function duplicateFindings(records: readonly BatchRecord[], partsOf: (record: BatchRecord) => EvidenceParts) {
  const groups = new Map<string, BatchRecord[]>();
  for (const record of records) {
    const key = JSON.stringify([
      record.institutionId,
      record.patientRef,
      record.itemCode,
      record.serviceDate,
    ]);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const rule = RULES[8];
  const out: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Ids compare as strings (interchange-v1): code-unit order, not locale order.
    const ids = group.map((r) => r.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const kept = ids[0] as string;
    for (const record of group) {
      if (record.id === kept) continue;
      const evidence = evidenceOf(rule, record.serviceDate, partsOf(record), {
        key: {
          institutionId: record.institutionId,
          patientRef: record.patientRef,
          itemCode: record.itemCode,
          serviceDate: record.serviceDate,
        },
        kept,
        records: ids,
      });
      out.push(recordFinding(rule, record, evidence));
    }
  }
  return out;
}
