/** The screening module's public face: the non-site screening engine (interchange-v1 R1–R10). */
export { RULES, RULES_BY_CODE, ruleVersions, type RuleDefinition, type Severity } from './domain/rules.js';
export { ScreenInputError } from './read/csv-file.js';
export { type ScreenOptions, type ScreenResult, screenDirectory, violationsCsv } from './screen.js';
