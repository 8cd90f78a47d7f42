import type { HeavyContext } from './define.ts';
import { methods } from './methods.ts';
import { buildWorkbookFile } from '../filings/jobs.ts';
import { integrityCheckJob } from '../system/integrity.ts';
import { backupJob } from '../system/backupJob.ts';

type Job = (ctx: HeavyContext, input: never) => unknown;

/**
 * What the heavy-read worker can run: every API method marked `heavy` (as `method:<name>`), and the jobs that
 * tasks hand over (an Excel file) or the maintenance worker runs (the daily copy and integrity check). Only the worker imports this table.
 */
export const HEAVY_JOBS = new Map<string, Job>([
  ...Object.entries(methods as unknown as Record<string, { heavy?: boolean; handler: Job }>)
    .filter(([, def]) => def.heavy === true)
    .map(([name, def]) => [`method:${name}`, def.handler] as [string, Job]),
  ['filings.workbook', buildWorkbookFile as Job],
  ['system.integrityCheck', integrityCheckJob as Job],
  ['system.backup', backupJob as Job],
]);
