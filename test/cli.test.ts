import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/weijian.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', WEIJIAN_ARGON2_FAST: '1', ...env },
    timeout: 60_000,
  });

describe('the weijian command', () => {
  it('lists its commands with --help and explains each one', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['serve', 'worker', 'migrate', 'seed', 'audit verify'])
      expect(help.stdout).toContain(command);
    const one = run(['audit', 'verify', '--help']);
    expect(one.stdout).toContain('Usage: weijian audit verify');
  });

  it('rejects an unknown command with exit code 2 and the list of commands', () => {
    const result = run(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('Commands:');
  });

  it('stops with a clear message, touching nothing, while another process holds the embedded database', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'wj-cli-'));
    // This test process plays the running server.
    writeFileSync(
      path.join(dataDir, 'weijian.lock'),
      JSON.stringify({ pid: process.pid, port: 3000, command: 'serve', startedAt: new Date().toISOString() }),
    );
    const result = run(['migrate'], { DATA_DIR: dataDir });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`pid ${process.pid}, port 3000`);
    expect(result.stderr).toContain('PGlite admits one process at a time');
    expect(result.stderr).toContain('DATABASE_URL');
  });

  it('explains that extra workers need PostgreSQL when none is configured', () => {
    const result = run(['worker'], { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'wj-cli-')) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('weijian worker needs PostgreSQL (set DATABASE_URL)');
  });

  it.skipIf(!!process.env.TEST_DATABASE_URL)(
    'migrates, seeds the demo city once, and verifies the audit trail on PGlite',
    () => {
      // A tenth of the demo registry: the full one is measured at first start, not here.
      const env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'wj-cli-')), DEMO_SIZE: 'small' };
      expect(run(['migrate'], env).stdout).toContain('0001_platform_and_identity.sql');
      expect(run(['migrate'], env).stdout).toContain('up to date');
      expect(run(['seed'], env).stdout).toContain('Demo data seeded');
      expect(run(['seed'], env).stdout).toContain('nothing seeded');
      const verify = run(['audit', 'verify'], env);
      expect(verify.status).toBe(0);
      expect(verify.stdout).toMatch(/intact: \d+ entries/);
    },
  );
});
