import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeDrives, removableRoots, type DriveProbe } from './drives.ts';

/** A machine where `present` paths exist and `tree` gives each folder's sub-folders. */
function probe(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, tree: Record<string, string[]>, present: string[] = []): DriveProbe {
  return { platform, env, exists: (p) => present.includes(p), folders: (dir) => tree[dir] ?? [] };
}

describe('removableRoots', () => {
  it('Windows: every drive letter that is there, except the system drive', () => {
    const roots = removableRoots(probe('win32', { SystemDrive: 'C:' }, {}, ['C:\\', 'D:\\', 'E:\\', 'Z:\\']));
    expect(roots).toEqual(['D:\\', 'E:\\', 'Z:\\']);
  });
  it('Windows installed on D: offers C: and leaves D: out', () => {
    expect(removableRoots(probe('win32', { SystemDrive: 'D:' }, {}, ['C:\\', 'D:\\']))).toEqual(['C:\\']);
  });
  it('Windows with only the system drive: nothing to offer', () => {
    expect(removableRoots(probe('win32', {}, {}, ['C:\\']))).toEqual([]);
  });
  it('Linux: the desktop automount folders of this user, then /media and /mnt, without the user folder itself', () => {
    const roots = removableRoots(
      probe('linux', { USER: 'laowang' }, {
        '/media/laowang': ['/media/laowang/KINGSTON'],
        '/run/media/laowang': ['/run/media/laowang/SANDISK'],
        '/media': ['/media/laowang', '/media/usb0'],
        '/mnt': ['/mnt/backup'],
      }),
    );
    expect(roots).toEqual(['/media/laowang/KINGSTON', '/run/media/laowang/SANDISK', '/media/usb0', '/mnt/backup']);
  });
  it('macOS: /Volumes without the start-up disk', () => {
    expect(removableRoots(probe('darwin', {}, { '/Volumes': ['/Volumes/Macintosh HD', '/Volumes/U盘'] }))).toEqual(['/Volumes/U盘']);
  });
});

describe('describeDrives', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('names each drive, tells its free space and lists only this app’s backups at its top level', () => {
    const stick = mkdtempSync(join(tmpdir(), 'ylywt-stick-'));
    dirs.push(stick);
    writeFileSync(join(stick, '养老医务通备份-金陵颐养院-20261120-090000.sqlite'), 'x');
    writeFileSync(join(stick, '照片.sqlite'), 'x');
    writeFileSync(join(stick, '养老医务通备份-说明.txt'), 'x');
    mkdirSync(join(stick, '旧备份'));
    writeFileSync(join(stick, '旧备份', '养老医务通备份-金陵颐养院-20250101-090000.sqlite'), 'x');

    const [drive] = describeDrives([stick]);
    expect(drive!.path).toBe(stick);
    expect(drive!.label).toMatch(/^ylywt-stick-/);
    expect(drive!.freeBytes).toBeGreaterThan(0);
    expect(drive!.backups.map((b) => b.name)).toEqual(['养老医务通备份-金陵颐养院-20261120-090000.sqlite']);
  });

  it('a stick pulled out after it was found: still listed, nothing on it, no error', () => {
    const gone = join(tmpdir(), 'ylywt-stick-pulled-out');
    expect(describeDrives([gone])).toEqual([{ path: gone, label: 'ylywt-stick-pulled-out', freeBytes: null, backups: [] }]);
  });

  it('a Windows drive root is labelled by its letter', () => {
    expect(describeDrives(['E:\\'])[0]!.label).toBe('E:\\');
  });
});
