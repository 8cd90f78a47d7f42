import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../db/app-database.ts';
import { DB_FILE_NAME } from '../../core/system/runtime.ts';

const dir = mkdtempSync(join(tmpdir(), 'ylywt-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has committed `after` batches, then kills it with SIGKILL at once. */
function killMidway(after: number): Promise<number> {
  const script = fileURLToPath(new URL('../helpers/write-batches.ts', import.meta.url));
  const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    let committed = 0;
    child.stdout.on('data', (d: Buffer) => {
      committed = Math.max(committed, ...[...d.toString().matchAll(/committed (\d+)/g)].map((m) => Number(m[1])));
      if (committed >= after && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(committed) : reject(new Error(`writer ended without being killed: ${err}`))));
  });
}

describe('a process killed in the middle of a batch of writes', () => {
  it('reopens consistent: whole batches only, every change with its audit row', async () => {
    const committed = await killMidway(15);
    const db = openAppDatabase(join(dir, DB_FILE_NAME));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const beds = db.prepare('SELECT count(*) FROM beds').pluck().get() as number;
      const bedBatches = db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'beds.add'`).pluck().get() as number;
      const residents = db.prepare('SELECT count(*) FROM residents').pluck().get() as number;
      const admits = db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'residents.admit'`).pluck().get() as number;
      // Nothing the writer reported as committed is lost, and no batch is half there.
      expect(bedBatches).toBeGreaterThanOrEqual(committed);
      expect(beds).toBe(bedBatches * 200);
      expect(residents).toBe(admits);
      expect(residents).toBeGreaterThanOrEqual(committed);
      expect(db.prepare('SELECT count(*) FROM bed_stays').pluck().get()).toBe(residents);
      expect(db.prepare('SELECT count(DISTINCT resident_id) FROM emergency_contacts').pluck().get()).toBe(residents);
    } finally {
      db.close();
    }
  });
});
