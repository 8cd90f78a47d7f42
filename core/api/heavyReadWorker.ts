import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open.ts';
import { AppError } from '../shared/errors.ts';
import type { JsonBody } from '../shared/jsonBody.ts';
import { isoDay } from '../shared/dates.ts';
import { HEAVY_JOBS } from './heavyJobs.ts';
import type { HeavyCall, HeavyReply } from './heavyReads.ts';

/**
 * The heavy-read worker: a read-only connection of its own and the same method table as the app.
 * The dispatcher has already checked the session, the role and the input; this only runs the job.
 */
const { dbFile, exportsDir } = workerData as { dbFile: string; exportsDir: string };
const db = openDatabase(dbFile, { readonly: true });

parentPort!.on('message', async (call: HeavyCall & { id: number }) => {
  let reply: HeavyReply;
  try {
    const job = HEAVY_JOBS.get(call.job);
    if (!job) throw new Error(`报表线程不认识的任务：${call.job}`);
    const now = new Date(call.now);
    const data = await job({ db, now, today: isoDay(now), actor: call.actor, exportsDir }, call.input as never);
    if (call.job.startsWith('method:')) {
      // An API method's result goes to a page: serialized and encoded here, its bytes are handed to the app's
      // thread without a copy. TextEncoder, not Buffer.from: a small Buffer is a slice of a shared pool.
      const bytes = new TextEncoder().encode(JSON.stringify(data));
      parentPort!.postMessage({ id: call.id, ok: true, data: { jsonUtf8: bytes } satisfies JsonBody } satisfies HeavyReply, [bytes.buffer]);
      return;
    }
    reply = { id: call.id, ok: true, data };
  } catch (error) {
    reply =
      error instanceof AppError
        ? { id: call.id, ok: false, error: error.toJSON() }
        : { id: call.id, ok: false, error: { code: 'INTERNAL', message: '', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) } };
  }
  parentPort!.postMessage(reply);
});
