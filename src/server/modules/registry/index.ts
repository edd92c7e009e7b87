import type { RequestContext } from '../../platform/context.js';
import type { WriteDeps } from '../../platform/write.js';
import { createCodeListService } from './code-list-service.js';
import { createEditService } from './edit-service.js';
import type { RegistryDeps } from './deps.js';
import { shanghaiDate } from './domain/changes.js';
import { createFhirService } from './fhir/fhir-service.js';
import { createFilingService } from './filing-service.js';
import { createHistoryService } from './history-service.js';
import type { RegistryRows } from './import-check.js';
import { createImportService } from './import-service.js';
import { createImportJob } from './upload-job.js';
import { createUploadService } from './upload-service.js';
import { countInstitutions } from './import-store.js';
import { createReadService } from './read-service.js';
import { seedFilings } from './seed-filings-service.js';
import type { GeneratedFilings } from './seed/filings.js';
import { createValidationService } from './validation-service.js';

export { registryPermissions } from './policy.js';
export { registerRegistryRoutes } from './routes.js';
export type { JurisdictionInfo, RegistryDeps } from './deps.js';
export type { RegistryRows } from './import-check.js';
export type { ImportOptions, ImportProgress, ImportSummary } from './import-service.js';
export { IMPORT_KINDS, readImportFile, rowsOf, UnreadableFileError } from './import-files.js';
export { IMPORT_JOB } from './upload-service.js';
export type { ImportProblem } from './domain/problems.js';
export { readCsvTable } from './domain/csv.js';
/** File downloads (CSV with BOM, XLSX), shared with the modules above. */
export { EXPORT_TYPES, type ExportTable, renderCsv, renderXlsx } from './present-export.js';
export { covers, isCovered } from './domain/coverage.js';
export type {
  DrugHistory,
  FieldChange,
  InstitutionHistory,
  PractitionerHistory,
  RegistryHistory,
} from './history-service.js';
/** FHIR Bundle → interchange rows (+ `locateProblems` to file the import's problems under Bundle entries). */
export { type FhirRows, fhirBundleToRows } from './fhir/from-fhir.js';
export { locateProblems } from './fhir/problems.js';

/** The registry module's public face: its services. */
export function createRegistry(deps: RegistryDeps) {
  const imports = createImportService(deps);
  const fhir = createFhirService(deps, imports);
  return {
    read: createReadService(deps),
    edit: createEditService(deps),
    codeLists: createCodeListService(deps),
    imports,
    fhir,
    uploads: createUploadService(deps),
    /** The handler of IMPORT_JOB: checks and writes an uploaded import. */
    importJob: createImportJob(deps, {
      importRegistry: imports.importRegistry,
      importBundle: fhir.importBundle,
    }),
    filings: createFilingService(deps),
    /** The registry's history of named records, for reading it as of a date (screening). */
    history: createHistoryService(deps),
    validations: createValidationService(deps),
  };
}

export type RegistryServices = ReturnType<typeof createRegistry>;

/**
 * Seeds the demo registry (source `seed`) through the same all-or-nothing import as files, but
 * only into an empty registry (`makeRows` is called only then), then its filings and validation
 * records (`makeFilings`, given today in Asia/Shanghai); returns whether it seeded. `listJurisdictions` comes from identity
 * (`identity.jurisdictions.listAll`): the registry does not read identity's tables.
 */
export async function seedRegistryDemo(
  write: WriteDeps,
  ctx: RequestContext,
  makeRows: () => RegistryRows,
  listJurisdictions: RegistryDeps['listJurisdictions'],
  makeFilings?: (today: string) => GeneratedFilings,
): Promise<boolean> {
  if ((await countInstitutions(write.db)) > 0) return false;
  const deps = { db: write.db, write, listJurisdictions };
  const registry = createRegistry(deps);
  await registry.codeLists.ensureLoaded(ctx);
  await registry.imports.importRegistry(ctx, makeRows(), 'seed');
  if (makeFilings) await seedFilings(deps, ctx, makeFilings(shanghaiDate(ctx.now())));
  return true;
}
