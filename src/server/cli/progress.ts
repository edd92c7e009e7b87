/** What the import reports as it goes (the registry's ImportProgress). */
export interface Progress {
  phase: string;
  processed: number;
  total: number;
}

const PHASES: Record<string, string> = { checking: '校验 checking', writing: '写入 writing' };
const WIDTH = 28;

const percent = ({ processed, total }: Progress) => (total ? Math.floor((processed * 100) / total) : 100);
const count = (n: number) => n.toLocaleString('en-US');

/** One line: phase, a bar, rows done of all rows and the percentage. */
export function progressLine(progress: Progress, bar = true): string {
  const pct = percent(progress);
  const filled = Math.round((pct / 100) * WIDTH);
  const drawn = bar ? `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ` : '';
  return `${PHASES[progress.phase] ?? progress.phase} ${drawn}${count(progress.processed)}/${count(progress.total)} rows ${pct}%`;
}

/**
 * Shows progress on a stream: on a terminal a bar redrawn in place (at most every 100 ms); elsewhere
 * (logs, CI, pipes) plain lines, one when a phase starts and one per 10 % step.
 */
export function progressReporter(stream: NodeJS.WriteStream, now: () => number = Date.now) {
  const tty = !!stream.isTTY;
  let lastDraw = 0;
  let lastPhase = '';
  let lastStep = -1;
  let drawn = false;
  return {
    update(progress: Progress) {
      const phaseChanged = progress.phase !== lastPhase;
      if (tty) {
        const done = progress.processed >= progress.total;
        if (!phaseChanged && !done && now() - lastDraw < 100) return;
        if (phaseChanged && drawn) stream.write('\n');
        stream.write(`\r\x1b[K${progressLine(progress)}`);
        lastDraw = now();
        drawn = true;
      } else {
        const step = Math.floor(percent(progress) / 10);
        if (!phaseChanged && step === lastStep) return;
        stream.write(`${progressLine(progress, false)}\n`);
        lastStep = step;
      }
      lastPhase = progress.phase;
    },
    /** Ends the bar's line so that what follows starts on a fresh one. */
    end() {
      if (tty && drawn) stream.write('\n');
      drawn = false;
    },
  };
}

/** `Imported 105,400 rows in 21.3 s (4,948 rows/s)`. */
export function rateLine(rows: number, milliseconds: number): string {
  const seconds = milliseconds / 1000;
  const rate = seconds > 0 ? Math.round(rows / seconds) : rows;
  return `${count(rows)} rows in ${seconds.toFixed(1)} s (${count(rate)} rows/s) · ${count(rows)} 行，用时 ${seconds.toFixed(1)} 秒（每秒 ${count(rate)} 行）`;
}
