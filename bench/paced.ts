import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchContext } from './context.ts';

/** One roster page every this many ms: a busy office, several people clicking. */
export const EVERY_MS = 10;

/**
 * Roster pages due every EVERY_MS until `until` settles (or `n` of them), each timed from when it was due, not from
 * when it could start: a call that had to wait for the thread counts the wait, so a blocked thread shows up in the
 * times instead of only delaying the measurement.
 */
export async function pacedRosterPages(ctx: BenchContext, stop: { n: number } | { until: Promise<unknown> }): Promise<number[]> {
  let done = false;
  if ('until' in stop) void stop.until.finally(() => (done = true));
  const start = performance.now();
  const times: number[] = [];
  for (let i = 0; 'n' in stop ? i < stop.n : !done; i++) {
    const due = start + i * EVERY_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    // A timer may fire a little early by this clock (the event loop's own is cached): then the call counts from its start.
    const begin = Math.min(due, performance.now());
    await ctx.service('residents.list', {});
    times.push(performance.now() - begin);
  }
  return times;
}
