/**
 * FHIR R4 Bundle → interchange rows (docs/api/fhir.md, import): each Organization becomes an
 * institutions.csv row, each Practitioner a practitioners.csv row whose registrations are its
 * active PractitionerRoles (the primary one first). Locations are derived data and are not read.
 * Pure: the rows then go through the registry's all-or-nothing import, which checks every rule;
 * this step reports only what cannot be read, each problem under its entry and FHIR path.
 */
import type { Lang } from '../domain/problems.js';
import type { RegistryRows, RowLike } from '../import-check.js';
import { CS, EXT, LEGAL_REPRESENTATIVE, SID } from './codes.js';
import { readPractitioners } from './from-fhir-practitioners.js';
import { idPath, type RowOrigins } from './problems.js';
import {
  codingOf,
  type EntryAt,
  type EntryReport,
  entryReporter,
  extensions,
  type FhirImportProblem,
  identifierValue,
  isObject,
  type Json,
  objects,
  text,
} from './read-json.js';
import { extensionCode, extensionScalar, nameText, readStatus, readText } from './read-values.js';

/** One resource of the Bundle, where it sits and what it is. */
export interface Item {
  at: EntryAt;
  type: string;
  resource: Json;
}

export interface FhirRows {
  rows: RegistryRows;
  problems: FhirImportProblem[];
  /** The entry each row came from, to file the interchange checks' problems under it. */
  origins: RowOrigins;
}

const SUPPORTED = new Set(['Organization', 'Location', 'Practitioner', 'PractitionerRole']);
const BUNDLE_TYPES = new Set(['collection', 'transaction']);

/** Finds the entry a reference points at: by fullUrl, or by `Type/id` (relative or absolute URL). */
export function entryResolver(items: Item[], fullUrls: Map<string, Item>) {
  const byTypeId = new Map<string, Item>();
  for (const item of items) {
    const id = text(item.resource.id);
    if (id) byTypeId.set(`${item.type}/${id}`, item);
  }
  return (reference: string | undefined): Item | undefined => {
    if (!reference) return undefined;
    const exact = fullUrls.get(reference);
    if (exact) return exact;
    const match = /([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference);
    return match ? byTypeId.get(`${match[1]}/${match[2]}`) : undefined;
  };
}

function readEntries(bundle: Json, report: EntryReport) {
  const items: Item[] = [];
  const fullUrls = new Map<string, Item>();
  const isTransaction = bundle.type === 'transaction';
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  if (!entries.length) report(null, 'Bundle.entry', 'empty_bundle');
  for (const [index, entry] of entries.entries()) {
    const resource = isObject(entry) ? entry.resource : undefined;
    const type = isObject(resource) ? text(resource.resourceType) : undefined;
    const at: EntryAt = { entry: index, resource: type ?? 'Bundle.entry' };
    if (!isObject(entry) || !isObject(resource)) {
      report(at, 'Bundle.entry.resource', 'no_resource');
      continue;
    }
    if (resource.id !== undefined) at.resource = `${type}/${String(resource.id)}`;
    const method = isObject(entry.request) ? entry.request.method : undefined;
    if (!type || !SUPPORTED.has(type))
      report(at, 'Bundle.entry.resource.resourceType', 'unsupported_resource', { value: String(type ?? '') });
    else if (isTransaction && method !== undefined && method !== 'PUT' && method !== 'POST')
      report(at, 'Bundle.entry.request.method', 'unsupported_method', { value: String(method) });
    else {
      const item = { at, type, resource };
      items.push(item);
      const fullUrl = text(entry.fullUrl);
      if (fullUrl) fullUrls.set(fullUrl, item);
    }
  }
  return { items, resolve: entryResolver(items, fullUrls) };
}

function legalRepresentative(resource: Json): string | undefined {
  const contact = objects(resource.contact).find((c) => {
    const purpose = codingOf(c.purpose, CS.contactPurpose);
    return purpose?.code === LEGAL_REPRESENTATIVE;
  });
  return nameText(isObject(contact?.name) ? contact.name : undefined);
}

/** An Organization as an institutions.csv row (every column as text, as a file would give it). */
function readOrganization({ at, resource: r }: Item, report: EntryReport): RowLike {
  const base = 'Organization';
  const id = text(identifierValue(r, SID.institution)?.value) ?? text(identifierValue(r, SID.uscc)?.value);
  if (!id) report(at, idPath(base, SID.institution), 'missing_identifier', { system: SID.institution });
  const licence = identifierValue(r, SID.practiceLicence);
  const period = isObject(licence?.period) ? licence.period : undefined;
  const address = objects(r.address)[0];
  const addressBase = `${base}.address`;
  const [districtCode] = extensionCode(at, address, EXT.division, CS.division, addressBase, report);
  const street = extensions(address, EXT.street)[0]?.valueCoding;
  const scalar = (url: string, kind: 'valueBoolean' | 'valueUnsignedInt') =>
    extensionScalar(at, r, url, kind, base, report);
  const lines = Array.isArray(address?.line) ? address.line : [];
  const line = lines.filter((l): l is string => typeof l === 'string').join('');
  return {
    id,
    name: readText(at, r.name, `${base}.name`, report),
    category: text(codingOf(r.type, CS.institutionCategory)?.code),
    ws218_code: text(codingOf(r.type, CS.ws218)?.code),
    district_code: districtCode,
    licence_no: text(licence?.value),
    licence_valid_from: text(period?.start),
    licence_valid_to: text(period?.end),
    departments: extensionCode(at, r, EXT.licensedDepartment, CS.licensedDepartment, base, report).join(';'),
    status: readStatus(at, r, EXT.registryStatus, CS.institutionStatus, report),
    ownership: extensionCode(at, r, EXT.ownership, CS.ownership, base, report)[0],
    for_profit: scalar(EXT.forProfit, 'valueBoolean'),
    is_tcm: scalar(EXT.tcm, 'valueBoolean'),
    beds: scalar(EXT.bedCount, 'valueUnsignedInt'),
    street_code: isObject(street) ? text(street.code) : undefined,
    street_name: isObject(street) ? text(street.display) : undefined,
    address: text(address?.text) ?? line,
    legal_representative: legalRepresentative(r),
  };
}

/**
 * Reads a Bundle (collection or transaction) into interchange rows with the entry of each row;
 * `problems` lists what cannot be read. The caller runs the rows through the registry import
 * (`importRegistry` / `checkImport`) and files its problems with `locateProblems`.
 */
export function fhirBundleToRows(bundle: unknown, lang: Lang = 'zh-CN'): FhirRows {
  const problems: FhirImportProblem[] = [];
  const report = entryReporter(lang, problems);
  const origins: RowOrigins = { institutions: [], practitioners: [] };
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') {
    report(null, 'Bundle.resourceType', 'not_a_bundle');
    return { rows: { institutions: [], practitioners: [] }, problems, origins };
  }
  if (!BUNDLE_TYPES.has(String(bundle.type)))
    report(null, 'Bundle.type', 'bundle_type', { value: String(bundle.type ?? '') });
  const { items, resolve } = readEntries(bundle, report);
  const institutions: RowLike[] = [];
  const institutionIds = new Map<Item, string>();
  for (const item of items.filter((i) => i.type === 'Organization')) {
    const row = readOrganization(item, report);
    institutions.push(row);
    origins.institutions.push(item.at);
    if (row.id) institutionIds.set(item, row.id);
  }
  const practitioners = readPractitioners(items, resolve, institutionIds, report);
  origins.practitioners = practitioners.origins;
  return { rows: { institutions, practitioners: practitioners.rows }, problems, origins };
}
