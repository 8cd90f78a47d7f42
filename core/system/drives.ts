import { existsSync, readdirSync, statfsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { userInfo } from 'node:os';
import { FOLDER_BACKUP_PREFIX, listBackups, type BackupFile } from '../../db/backup.ts';

/** A drive or mounted stick the director can back up to, with what is free on it and the backups already there. */
export interface BackupDrive {
  path: string;
  /** What to call it on screen: “E:\” on Windows, the volume's folder name elsewhere. */
  label: string;
  freeBytes: number | null;
  backups: BackupFile[];
}

export interface DriveProbe {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  exists(path: string): boolean;
  /** The sub-folders of `dir` as full paths; none when it cannot be read. */
  folders(dir: string): string[];
}

function subFolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

const realProbe = (): DriveProbe => ({ platform: process.platform, env: process.env, exists: existsSync, folders: subFolders });

function currentUser(env: NodeJS.ProcessEnv): string {
  try {
    return env.USER ?? env.LOGNAME ?? userInfo().username;
  } catch {
    return '';
  }
}

/**
 * Where a USB stick shows up, so that an older user picks “E:\” from a list instead of typing a path:
 * on Windows every drive letter from C: but the system drive (an empty card reader has no root and is skipped);
 * on Linux the desktop's automount folders (/media/<user>, /run/media/<user>) and /mnt; on macOS /Volumes.
 */
export function removableRoots(probe: DriveProbe = realProbe()): string[] {
  const { platform, env } = probe;
  if (platform === 'win32') {
    const system = (env.SystemDrive ?? 'C:').slice(0, 1).toUpperCase();
    return [...'CDEFGHIJKLMNOPQRSTUVWXYZ']
      .filter((letter) => letter !== system)
      .map((letter) => `${letter}:\\`)
      .filter((root) => probe.exists(root));
  }
  if (platform === 'darwin') return probe.folders('/Volumes').filter((v) => basename(v) !== 'Macintosh HD');
  const user = currentUser(env);
  const perUser = user ? [...probe.folders(join('/media', user)), ...probe.folders(join('/run/media', user))] : [];
  // Older systems mount straight under /media; the user's own folder there is a parent, not a drive.
  const shared = probe.folders('/media').filter((m) => basename(m) !== user);
  return [...new Set([...perUser, ...shared, ...probe.folders('/mnt')])];
}

function freeBytes(path: string): number | null {
  try {
    const s = statfsSync(path);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** Each root with its free space and the app's backups at its top level (where “备份到此文件夹” writes them). */
export function describeDrives(roots: string[]): BackupDrive[] {
  return roots.map((path) => ({
    path,
    label: /^[A-Z]:\\$/.test(path) ? path : basename(path) || path,
    freeBytes: freeBytes(path),
    backups: listBackups(path, FOLDER_BACKUP_PREFIX),
  }));
}
