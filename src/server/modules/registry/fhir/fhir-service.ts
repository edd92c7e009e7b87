import { randomUUID } from 'node:crypto';
import type { Actor, RequestContext } from '../../../platform/context.js';
import { AppError, isAppError } from '../../../platform/http/errors.js';
import { auditRead } from '../../../platform/write.js';
import { codeNames } from '../code-list-store.js';
import type { RegistryDeps } from '../deps.js';
import { shanghaiDate } from '../domain/changes.js';
import type { ImportProblem } from '../domain/problems.js';
import { checkImport } from '../import-check.js';
import type { createImportService, ImportOptions, ImportSummary } from '../import-service.js';
import {
  exportInstitutions,
  findInstitution,
  type InstitutionFilter,
  type InstitutionSort,
  listLicenceDepartments,
} from '../institution-store.js';
import { EXPORT_CAP } from '../read-service.js';
import { bundleChunks } from './bundle-json.js';
import { currentRegistrationsOf, practitionersRegisteredAt } from './fhir-store.js';
import { fhirBundleToRows } from './from-fhir.js';
import { locateProblems } from './problems.js';
import type { FhirImportProblem } from './read-json.js';
import {
  type InstitutionRecord,
  institutionRecord,
  type PractitionerRecord,
  type Vocabulary,
} from './records.js';
import { institutionEntries, practitionerEntries } from './to-fhir.js';
import type { BundleEntry } from './types.js';

/** Institutions per round trip to the database while a Bundle streams out. */
const CHUNK = 250;

export type FhirExportFilter = Omit<InstitutionFilter, 'districtCodes' | 'verification'> & {
  district?: string;
  verification?: 'due' | 'overdue';
};

/** A Bundle on its way out: how many institutions it holds and its JSON text, piece by piece. */
export interface BundleStream {
  institutions: number;
  chunks: AsyncIterable<string>;
}

type Imports = ReturnType<typeof createImportService>;

export function createFhirService(deps: RegistryDeps, imports: Imports) {
  const { db } = deps;

  async function vocabularyOf(actor: Actor): Promise<Vocabulary> {
    const jurisdictions = await deps.listJurisdictions();
    return {
      cityName: jurisdictions.find((j) => j.code === actor.scope.rootCode)?.name ?? null,
      districts: new Map(jurisdictions.map((j) => [j.code, j.name])),
      departments: await codeNames(db, 'zhenliao_kemu'),
      ws218: await codeNames(db, 'institution_types_ws218'),
    };
  }

  /** The practitioners in scope registered at these institutions (each once), with their registrations. */
  async function practitionersOf(actor: Actor, institutionIds: string[], seen: Set<string>) {
    const rows = (await practitionersRegisteredAt(db, institutionIds, actor.scope.jurisdictionCodes)).filter(
      (p) => !seen.has(p.id),
    );
    const registrations = await currentRegistrationsOf(
      db,
      rows.map((p) => p.id),
    );
    const byPractitioner = new Map<string, PractitionerRecord['registrations']>();
    for (const r of registrations)
      byPractitioner.set(r.practitionerId, [...(byPractitioner.get(r.practitionerId) ?? []), r]);
    return rows.map((p): PractitionerRecord => {
      seen.add(p.id);
      return {
        ...p,
        category: p.category as PractitionerRecord['category'],
        title: p.title as PractitionerRecord['title'],
        registrations: byPractitioner.get(p.id) ?? [],
      };
    });
  }

  /** Organization and Location of each institution, then its practitioners and their roles, chunk by chunk. */
  async function* entriesOf(actor: Actor, records: InstitutionRecord[]): AsyncGenerator<BundleEntry> {
    const vocabulary = await vocabularyOf(actor);
    const inBundle = new Set(records.map((r) => r.id));
    const has = (id: string) => inBundle.has(id);
    const seen = new Set<string>();
    for (let i = 0; i < records.length; i += CHUNK) {
      const chunk = records.slice(i, i + CHUNK);
      for (const record of chunk) yield* institutionEntries(record, vocabulary);
      const practitioners = await practitionersOf(
        actor,
        chunk.map((r) => r.id),
        seen,
      );
      for (const p of practitioners) yield* practitionerEntries(p, vocabulary, has);
    }
  }

  function stream(ctx: RequestContext, actor: Actor, records: InstitutionRecord[]): BundleStream {
    const header = {
      resourceType: 'Bundle',
      id: randomUUID(),
      meta: { lastUpdated: ctx.now().toISOString() },
      type: 'collection',
      timestamp: ctx.now().toISOString(),
    };
    return {
      institutions: records.length,
      chunks: bundleChunks(header, entriesOf(actor, records), records.length > 0),
    };
  }

  /**
   * Exports the institutions in the actor's scope matching the list filters as a FHIR `collection`
   * Bundle with their Locations, the practitioners in scope registered there and their roles.
   * The export is audited like the CSV/XLSX ones.
   */
  async function exportBundle(
    ctx: RequestContext,
    actor: Actor,
    { district, verification, ...filter }: FhirExportFilter,
    sort: InstitutionSort,
  ): Promise<BundleStream> {
    const districtCodes = district
      ? actor.scope.jurisdictionCodes.filter((code) => code === district)
      : actor.scope.jurisdictionCodes;
    const today = shanghaiDate(ctx.now());
    const rows = await exportInstitutions(
      db,
      { ...filter, districtCodes, verification: verification ? { state: verification, today } : undefined },
      sort,
      EXPORT_CAP,
    );
    await auditRead(deps.write, ctx, {
      action: 'registry.fhir.export',
      entityType: 'institution',
      after: { count: rows.length, filter: { district, verification, ...filter } },
    });
    const records = rows.map(({ institution, departments, ...licence }) =>
      institutionRecord(institution, {
        number: licence.licenceNumber,
        validFrom: licence.licenceValidFrom,
        validTo: licence.licenceValidTo,
        departments: departments ? departments.split(';') : [],
      }),
    );
    return stream(ctx, actor, records);
  }

  /** One institution in scope (else NOT_FOUND, revealing nothing) with its practitioners, as a Bundle. */
  async function exportInstitution(ctx: RequestContext, actor: Actor, id: string): Promise<BundleStream> {
    const found = await findInstitution(db, id, actor.scope.jurisdictionCodes);
    if (!found) throw new AppError('NOT_FOUND');
    const departments = found.licenceNumber ? await listLicenceDepartments(db, found.licenceNumber) : [];
    await auditRead(deps.write, ctx, {
      action: 'registry.fhir.export',
      entityType: 'institution',
      entityId: id,
      after: { count: 1 },
    });
    const record = institutionRecord(found, {
      number: found.licenceNumber,
      validFrom: found.licenceValidFrom,
      validTo: found.licenceValidTo,
      departments,
    });
    return stream(ctx, actor, [record]);
  }

  const rejected = (problems: FhirImportProblem[]) =>
    new AppError('IMPORT_REJECTED', {
      field: problems[0]?.field ?? null,
      params: { count: new Set(problems.map((p) => p.file)).size },
      details: problems,
    });

  /** The interchange checks' problems of the rows, or none. */
  async function checkProblems(ctx: RequestContext, rows: Parameters<typeof checkImport>[2]) {
    try {
      await checkImport(deps, ctx, rows);
      return [];
    } catch (error) {
      if (isAppError(error) && error.code === 'IMPORT_REJECTED') return error.details as ImportProblem[];
      throw error;
    }
  }

  /**
   * Imports a FHIR Bundle (collection or transaction) through the registry's all-or-nothing import:
   * the Bundle becomes interchange rows, every row is checked by the same rules as a file, and any
   * problem (named by entry, resource and FHIR path) rejects the whole Bundle, writing nothing.
   */
  async function importBundle(
    ctx: RequestContext,
    bundle: unknown,
    options: ImportOptions = {},
  ): Promise<ImportSummary> {
    const { rows, problems, origins } = fhirBundleToRows(bundle, ctx.language);
    if (problems.length) {
      const taken = new Set(problems.map((p) => `${p.file}|${p.column}`));
      const checked = locateProblems(await checkProblems(ctx, rows), origins).filter(
        (p) => !taken.has(`${p.file}|${p.column}`),
      );
      throw rejected([...problems, ...checked]);
    }
    try {
      return await imports.importRegistry(ctx, rows, 'import', options);
    } catch (error) {
      if (isAppError(error) && error.code === 'IMPORT_REJECTED')
        throw rejected(locateProblems(error.details as ImportProblem[], origins));
      throw error;
    }
  }

  return { exportBundle, exportInstitution, importBundle };
}
