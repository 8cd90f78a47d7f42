import { mkdtempSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber } from '../../tests/helpers/fixtures.ts';
import { inspectBackupFile } from '../../db/backup.ts';
import { latestSchemaVersion } from '../../db/app-database.ts';

let dir: string;
let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
const names = async () => (await home.call('residents.list', { status: 'all' })).rows.map((r) => r.name);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ylywt-restore-'));
  t = await directTransport({ dataDir: dir });
  home = await setUpHome(t);
});
afterEach(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('数据备份与恢复', () => {
  it('restores a backup, keeps the replaced data aside as a backup itself, signs everyone out and audits it', async () => {
    await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '备份前' }));
    const { file } = await home.call('system.backupNow', {});
    await home.call('residents.admit', admitInput(home.beds[1]!.bedId, { name: '备份后', idNumber: idNumber() }));
    expect(await names()).toEqual(['备份前', '备份后']);

    const result = await home.call('system.restore', { file });
    expect(inspectBackupFile(result.aside, latestSchemaVersion())).toMatchObject({ ok: true });
    expect((await t.raw('residents.list', {}, home.session)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const { sessionId } = await home.call('auth.signIn', { username: 'director', password: 'mima123456' });
    home.setSession(sessionId);
    expect(await names()).toEqual(['备份前']);
    const audit = await home.call('audit.list', { entity: 'backup' });
    expect(audit.rows[0]!.summary).toContain('从备份恢复');

    // The restore can itself be undone from the copy it kept.
    await home.call('system.restore', { file: result.aside });
    home.setSession((await home.call('auth.signIn', { username: 'director', password: 'mima123456' })).sessionId);
    expect(await names()).toEqual(['备份前', '备份后']);
  });

  it('restores from a USB stick into a data folder that has never had a backup (no backups/ yet)', async () => {
    const stick = mkdtempSync(join(tmpdir(), 'ylywt-stick-'));
    try {
      await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '备份前' }));
      const { file } = await home.call('system.backupToFolder', { folder: stick });
      await home.call('residents.admit', admitInput(home.beds[1]!.bedId, { name: '备份后', idNumber: idNumber() }));
      expect(existsSync(join(dir, 'backups'))).toBe(false);

      const { aside } = await home.call('system.restore', { file });
      expect(aside.startsWith(join(dir, 'backups'))).toBe(true);
      expect(inspectBackupFile(aside, latestSchemaVersion())).toMatchObject({ ok: true });
      home.setSession((await home.call('auth.signIn', { username: 'director', password: 'mima123456' })).sessionId);
      expect(await names()).toEqual(['备份前']);
    } finally {
      rmSync(stick, { recursive: true, force: true });
    }
  });

  it.each([
    ['a damaged file', (f: string) => writeFileSync(f, Buffer.alloc(50_000, 3)), '损坏'],
    ['a file of another program', (f: string) => writeFileSync(f, 'SQLite format 3\u0000' + 'x'.repeat(5000)), '损坏'],
    ['a missing file', (f: string) => rmSync(f), '找不到'],
  ])('refuses %s with the reason and leaves the current data as it was', async (_label, make, reason) => {
    await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '在住甲' }));
    const offered = join(dir, 'offered.sqlite');
    writeFileSync(offered, '');
    make(offered);
    const before = snapshot(t.runtime);
    const backupsBefore = existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : [];
    const { body } = await t.raw('system.restore', { file: offered }, home.session);
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'file', message: expect.stringContaining(reason) } });
    expect(snapshot(t.runtime)).toBe(before);
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual(backupsBefore);
    expect(await names()).toEqual(['在住甲']);
  });

  it('lists backups for the director and refuses them to others', async () => {
    await home.call('system.backupNow', {});
    const info = await home.call('system.info', {});
    expect(info.backups).toHaveLength(1);
    expect(info.backups[0]!.automatic).toBe(false);
    expect(info.dataDir).toBe(dir);

    await home.addStaff({ username: 'nurse1', displayName: '护士甲', role: 'nurse' });
    const signIn = (await t.raw('auth.signIn', { username: 'nurse1', password: 'mima123456' })).body;
    if (!signIn.ok) throw new Error('护士登录失败');
    const nurse = (signIn.data as { sessionId: string }).sessionId;
    for (const method of ['system.info', 'system.backupDrives', 'system.backupNow', 'system.backupToFolder', 'system.restore']) {
      const input = method === 'system.backupToFolder' ? { folder: dir } : method === 'system.restore' ? { file: info.backups[0]!.file } : {};
      expect((await t.raw(method, input, nurse)).body, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});
