import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootRuntime } from './boot.ts';
import { DB_FILE_NAME } from './runtime.ts';
import { openDatabase } from '../../db/open.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the demo folder', () => {
  it('is generated afresh when it was made by an older version, and kept when it is current', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ylywt-demo-'));
    dirs.push(dir);
    const first = bootRuntime({ dataDir: dir, mode: 'demo', inlineHeavyReads: true });
    first.db.prepare(`UPDATE institution SET phone = '025-00000000'`).run();
    first.db.close();
    const kept = bootRuntime({ dataDir: dir, mode: 'demo', inlineHeavyReads: true });
    expect(kept.db.prepare('SELECT phone FROM institution').pluck().get()).toBe('025-00000000');
    kept.db.close();

    const old = openDatabase(join(dir, DB_FILE_NAME));
    old.pragma('user_version = 3');
    old.close();
    const fresh = bootRuntime({ dataDir: dir, mode: 'demo', inlineHeavyReads: true });
    expect(fresh.db.prepare('SELECT phone FROM institution').pluck().get()).not.toBe('025-00000000');
    expect(fresh.db.prepare(`SELECT count(*) FROM residents WHERE status = 'in_residence'`).pluck().get()).toBe(120);
    fresh.db.close();
  });

  it('never discards a real data folder of an older version: it is migrated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ylywt-real-'));
    dirs.push(dir);
    const first = bootRuntime({ dataDir: dir, mode: 'real', inlineHeavyReads: true });
    first.db.exec(`INSERT INTO beds (floor, room, bed_no, created_at) VALUES (1, '101', '1', 'x')`);
    first.db.close();
    const again = bootRuntime({ dataDir: dir, mode: 'real', inlineHeavyReads: true });
    expect(again.db.prepare('SELECT count(*) FROM beds').pluck().get()).toBe(1);
    again.db.close();
  });
});
