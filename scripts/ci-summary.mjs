// Adds up Vitest JSON reports and failed CI steps into the final "N passed, N failed" line.
// Usage: node scripts/ci-summary.mjs <failed-steps> [--line-only] report.json…
import { existsSync, readFileSync } from 'node:fs';

const [failedStepsArg, ...rest] = process.argv.slice(2);
const lineOnly = rest[0] === '--line-only';
const files = lineOnly ? rest.slice(1) : rest;
let passed = 0;
let failed = Number(failedStepsArg) || 0;
for (const file of files) {
  if (!existsSync(file)) {
    if (!lineOnly) console.log(`${file}: no report (its step did not run to the end)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!lineOnly)
    console.log(
      `${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`,
    );
}
if (lineOnly) console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
