import { rmSync } from 'node:fs';
import { backupTo } from '../../db/backup.ts';
import { SYSTEM_ACTOR } from '../audit/audited.ts';
import type { HeavyContext } from '../api/define.ts';
import type { Runtime } from './runtime.ts';

/**
 * The daily copy as a job of the maintenance worker: its own read-only connection, the whole file in one step
 * of SQLite's backup. That step is one read transaction, so the copy is a consistent snapshot while the app's
 * writes go on in the WAL; and nothing of it, not even the commit's fsync, runs on the app's thread.
 */
export async function backupJob(ctx: HeavyContext, input: { destination: string }): Promise<string> {
  await backupTo(ctx.db, input.destination, { oneStep: true });
  return input.destination;
}

/**
 * Copies the live file to `destination` beside the app: in the maintenance worker where there is one; else (an
 * app without workers: tests) step by step on this thread. Stopping the worker (shutdown) abandons the copy.
 */
export async function copyInBackground(runtime: Runtime, destination: string, signal?: AbortSignal): Promise<void> {
  if (!runtime.maintenance) return backupTo(runtime.db, destination, signal ? { signal } : {});
  try {
    await runtime.maintenance.run({ job: 'system.backup', input: { destination }, now: runtime.clock().toISOString(), actor: SYSTEM_ACTOR });
  } catch (error) {
    // A worker stopped halfway leaves its partial copy behind.
    rmSync(`${destination}.partial`, { force: true });
    throw error;
  }
}
