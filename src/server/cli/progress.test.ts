import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter, rateLine } from './progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream,
  };
}

describe('import progress on the command line', () => {
  it('draws phase, bar, rows and percentage', () => {
    expect(progressLine({ phase: 'writing', processed: 50_000, total: 100_000 })).toBe(
      `写入 writing [${'#'.repeat(14)}${'-'.repeat(14)}] 50,000/100,000 rows 50%`,
    );
    expect(progressLine({ phase: 'checking', processed: 0, total: 0 }, false)).toBe(
      '校验 checking 0/0 rows 100%',
    );
  });

  it('redraws one line on a terminal, at most every 100 ms, and ends it', () => {
    let now = 0;
    const out = stream(true);
    const reporter = progressReporter(out.stream, () => now);
    reporter.update({ phase: 'writing', processed: 0, total: 10 });
    now = 50;
    reporter.update({ phase: 'writing', processed: 2, total: 10 });
    now = 200;
    reporter.update({ phase: 'writing', processed: 4, total: 10 });
    reporter.update({ phase: 'writing', processed: 10, total: 10 });
    reporter.end();
    expect(out.written.filter((s) => s.startsWith('\r'))).toHaveLength(3);
    expect(out.written.at(-1)).toBe('\n');
  });

  it('writes plain lines elsewhere: one per phase start and per 10 % step', () => {
    const out = stream(false);
    const reporter = progressReporter(out.stream);
    reporter.update({ phase: 'checking', processed: 0, total: 100 });
    reporter.update({ phase: 'checking', processed: 100, total: 100 });
    for (let n = 0; n <= 100; n += 5) reporter.update({ phase: 'writing', processed: n, total: 100 });
    expect(out.written).toHaveLength(2 + 11);
    expect(out.written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });

  it('states rows, seconds and rows per second', () => {
    expect(rateLine(105_400, 21_300)).toMatch(/^105,400 rows in 21\.3 s \(4,948 rows\/s\)/);
  });
});
