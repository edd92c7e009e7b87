/** The screening module's public face: the non-site screening engine (interchange-v1 R1–R10) and its platform services. */
import { createBatchJob } from './batch-job.js';
import { createBatchService } from './batch-service.js';
import { createClueService } from './clue-service.js';
import { createDashboardService } from './dashboard-service.js';
import type { ScreeningDeps } from './deps.js';
import { districtNames } from './districts.js';
import { createWarningService } from './warning-service.js';

export { RULES, RULES_BY_CODE, ruleVersions, type RuleDefinition, type Severity } from './domain/rules.js';
export { ScreenInputError } from './read/csv-file.js';
export { type ScreenOptions, type ScreenResult, screenDirectory, violationsCsv } from './screen.js';
export { screeningPermissions } from './policy.js';
export { BATCH_JOB } from './batch-service.js';
export type { ScreeningDeps } from './deps.js';
export { registerScreeningRoutes } from './routes.js';

export function createScreening(deps: ScreeningDeps) {
  return {
    batches: createBatchService(deps),
    warnings: createWarningService(deps),
    clues: createClueService(deps),
    dashboard: createDashboardService(deps),
    /** District names by code, for presenters. */
    names: () => districtNames(deps),
    /** The handler of BATCH_JOB: checks and screens an uploaded batch. */
    batchJob: createBatchJob(deps),
  };
}

export type ScreeningServices = ReturnType<typeof createScreening>;
