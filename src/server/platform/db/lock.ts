import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface LockInfo {
  pid: number;
  port: number | null;
  command: string;
  startedAt: string;
}

const lockPath = (dataDir: string) => path.join(dataDir, 'weijian.lock');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the embedded database, or null (a lock left by a dead process is stale). */
export function readLock(dataDir: string): LockInfo | null {
  const file = lockPath(dataDir);
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    return isAlive(info.pid) && info.pid !== process.pid ? info : null;
  } catch {
    return null;
  }
}

/**
 * PGlite admits one process per data directory; a second one would corrupt it. This lock file
 * makes the second process stop with a clear message instead.
 */
export function acquireLock(dataDir: string, command: string, port: number | null): () => void {
  mkdirSync(dataDir, { recursive: true });
  const holder = readLock(dataDir);
  if (holder) throw new DataDirBusyError(dataDir, holder);
  const file = lockPath(dataDir);
  rmSync(file, { force: true });
  const fd = openSync(file, 'wx', 0o600);
  const info: LockInfo = { pid: process.pid, port, command, startedAt: new Date().toISOString() };
  writeSync(fd, JSON.stringify(info));
  closeSync(fd);
  return () => rmSync(file, { force: true });
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    const where = holder.port ? `, port ${holder.port}` : '';
    super(
      `嵌入式数据库 ${dataDir} 正被另一个 Weijian 进程使用（pid ${holder.pid}${where}，命令 ${holder.command}）。\n` +
        `The embedded database in ${dataDir} is in use by another Weijian process (pid ${holder.pid}${where}, command "${holder.command}").\n` +
        'PGlite admits one process at a time. Stop that process (Ctrl+C) and run this command again, ' +
        'or point both at PostgreSQL with DATABASE_URL, or use another DATA_DIR.',
    );
    this.name = 'DataDirBusyError';
  }
}
