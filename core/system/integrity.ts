import { flagDamaged, integrityProblems } from '../../db/integrity.ts';
import { openDatabase } from '../../db/open.ts';
import { SYSTEM_ACTOR } from '../audit/audited.ts';
import type { HeavyContext } from '../api/context.ts';
import type { Runtime } from './runtime.ts';
import type { IntegrityStatus } from './integrityStatus.ts';

export type { IntegrityStatus };


/** The full check as a job of the maintenance worker (core/api/heavyJobs.ts), on its own read-only connection. */
export function integrityCheckJob(ctx: HeavyContext): string[] {
  return integrityProblems(ctx.db, 'full');
}

/**
 * `PRAGMA integrity_check` of the live file, beside the app: in the maintenance worker it holds up no call
 * (WAL lets it read a consistent snapshot while the app writes). It takes one to two minutes at 5.5 GB (bench
 * --large), so it runs once a day after the automatic backup, not at start. A finding is logged, shown on
 * the backup page, and flagged beside the file, so the next start checks again and refuses a damaged file.
 */
export async function checkIntegrityInBackground(runtime: Runtime): Promise<IntegrityStatus | null> {
  if (runtime.dataDir === null) return null;
  const checkedAt = runtime.clock().toISOString();
  let problems: string[];
  if (runtime.maintenance) {
    try {
      problems = (await runtime.maintenance.run({ job: 'system.integrityCheck', input: {}, now: checkedAt, actor: SYSTEM_ACTOR })) as string[];
    } finally {
      // The worker's page cache is of no use until tomorrow's check.
      await runtime.maintenance.restart();
    }
  } else {
    const db = openDatabase(runtime.dbFile, { readonly: true });
    try {
      problems = integrityProblems(db, 'full');
    } finally {
      db.close();
    }
  }
  runtime.integrity = { checkedAt, problems };
  if (problems.length > 0) {
    flagDamaged(runtime.dbFile, problems);
    runtime.log(`数据文件完整性检查发现问题：${problems.join('；')}`);
  }
  return runtime.integrity;
}
