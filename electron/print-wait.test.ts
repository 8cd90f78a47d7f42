import { describe, expect, it } from 'vitest';
import { FILING_STATE_SCRIPT, waitForFiling } from './print-wait.ts';

const answers = (...states: unknown[]) => {
  let i = 0;
  return async () => states[Math.min(i++, states.length - 1)];
};

describe('waitForFiling', () => {
  it('returns once the page says ready', async () => {
    await expect(waitForFiling(answers({ state: 'waiting' }, { state: 'waiting' }, { state: 'ready' }), { intervalMs: 1 })).resolves.toBeUndefined();
  });

  it("passes on the page's own error", async () => {
    await expect(waitForFiling(answers({ state: 'failed', message: '请先登录。' }), { intervalMs: 1 })).rejects.toThrow('打印页面出错：请先登录。');
  });

  it('gives up after the timeout', async () => {
    await expect(waitForFiling(answers({ state: 'waiting' }), { timeoutMs: 30, intervalMs: 5 })).rejects.toThrow('秒内没有准备好');
  });

  it('the probe reads the flags the print page sets', () => {
    const run = (window: Record<string, unknown>) => new Function('window', `return ${FILING_STATE_SCRIPT}`)(window) as unknown;
    expect(run({})).toEqual({ state: 'waiting' });
    expect(run({ __FILING_READY__: true })).toEqual({ state: 'ready' });
    expect(run({ __FILING_FAILED__: '打印请求无效' })).toEqual({ state: 'failed', message: '打印请求无效' });
  });
});
