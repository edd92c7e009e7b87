/**
 * `weijian screen --data DIR --out violations.csv`: the non-site screening of a data directory
 * (interchange-v1), no database. A progress bar on a terminal (stderr) and a summary on stderr:
 * records, findings by rule, rule versions, seconds and records per second. Bad input → exit 1
 * with the file, line and column.
 */
import { writeFileSync } from 'node:fs';
// The engine straight from its files rather than the module's index.ts, which loads the platform
// services (database schema, spreadsheet and validation libraries): about 2 CPU-s of start-up
// that a run over files does not use.
import { ScreenInputError } from '../modules/screening/read/csv-file.js';
import { screenDirectory, violationsCsvByRule } from '../modules/screening/screen.js';

const count = (n: number) => n.toLocaleString('en-US');
const WIDTH = 28;

function bar(stream: NodeJS.WriteStream) {
  let last = 0;
  return {
    update(bytes: number, total: number, records: number) {
      if (!stream.isTTY || (Date.now() - last < 100 && bytes < total)) return;
      last = Date.now();
      const pct = total ? Math.floor((bytes * 100) / total) : 100;
      const filled = Math.round((pct / 100) * WIDTH);
      stream.write(
        `\r\x1b[K筛查 screening [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${pct}% ${count(records)} records`,
      );
    },
    end() {
      if (stream.isTTY && last) stream.write('\n');
    },
  };
}

export async function screenCommand(dataDir: string, out: string): Promise<number> {
  const started = performance.now();
  const progress = bar(process.stderr);
  let result: Awaited<ReturnType<typeof screenDirectory>>;
  try {
    result = await screenDirectory(dataDir, { onProgress: progress.update });
  } catch (error) {
    progress.end();
    if (error instanceof ScreenInputError) {
      console.error(`Input error / 输入错误: ${error.message}`);
      return 1;
    }
    throw error;
  }
  progress.end();
  writeFileSync(out, violationsCsvByRule(result.refsByRule));
  const seconds = (performance.now() - started) / 1000;
  const findings = result.refsByRule.reduce((sum, { refs }) => sum + refs.length, 0);
  const rate = seconds > 0 ? Math.round(result.records / seconds) : result.records;
  const lines = [
    `Screened ${count(result.records)} records in ${seconds.toFixed(2)} s (${count(rate)} records/s) · 筛查 ${count(result.records)} 条记录，用时 ${seconds.toFixed(2)} 秒（每秒 ${count(rate)} 条）`,
    `Findings / 发现 (${count(findings)}) → ${out}:`,
    ...result.rules.map(
      (r) =>
        `  ${r.id.padEnd(4)} ${r.code.padEnd(24)} v${r.version}  ${count(result.byRule[r.code] ?? 0).padStart(12)}`,
    ),
  ];
  console.error(lines.join('\n'));
  return 0;
}
