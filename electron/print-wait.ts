import { FAILED_FLAG, READY_FLAG } from '../core/filings/printPage.ts';

/** Asks the print page how far it is; run in the page's own world through executeJavaScript. */
export const FILING_STATE_SCRIPT = `(() => {
  if (window.${READY_FLAG} === true) return { state: 'ready' };
  const failed = window.${FAILED_FLAG};
  return typeof failed === 'string' ? { state: 'failed', message: failed } : { state: 'waiting' };
})()`;

export const FILING_WAIT_MS = 60_000;

/**
 * Polls the print page until the filing has drawn (fonts loaded) or reported why not; the same flags
 * web mode's Chromium printer waits for. Throws with a message a person can pass on.
 */
export async function waitForFiling(
  evaluate: () => Promise<unknown>,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? FILING_WAIT_MS;
  const intervalMs = options.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = (await evaluate()) as { state?: unknown; message?: unknown } | null;
    if (answer?.state === 'ready') return;
    if (answer?.state === 'failed') throw new Error(`打印页面出错：${String(answer.message)}`);
    if (Date.now() >= deadline) throw new Error(`打印页面 ${Math.round(timeoutMs / 1000)} 秒内没有准备好，请重试。`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
