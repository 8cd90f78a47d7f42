import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../helpers/app.ts';
import { methods } from '../../core/api/methods.ts';

/**
 * Every write method, whatever area adds it, refuses junk input with a field-named zh-CN error and writes nothing:
 * never an internal error (500), never a half-written change. The director may call all of them, so access does
 * not answer first.
 */
describe('every write method given junk', () => {
  let t: Transport;
  let home: Awaited<ReturnType<typeof setUpHome>>;
  beforeAll(async () => {
    t = await directTransport();
    home = await setUpHome(t);
  });
  afterAll(() => t.close());

  const writes = Object.entries(methods).filter(([, m]) => m.kind === 'write').map(([name]) => name);

  it('are there to test', () => {
    expect(writes.length).toBeGreaterThan(40);
  });

  it.each(writes)('%s refuses a string, an array and an object of unknown fields, writing nothing', async (method) => {
    for (const junk of ['垃圾', [1, 2], { 垃圾: true, id: 'x', residentId: -1 }]) {
      const before = snapshot(t.runtime);
      const { body } = await t.raw(method, junk, home.session);
      expect(body.ok, `${method} ${JSON.stringify(junk)}`).toBe(false);
      const error = body.ok ? null! : body.error;
      expect(error.code, `${method} ${JSON.stringify(junk)}: ${error.message}`).not.toBe('INTERNAL');
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(snapshot(t.runtime)).toBe(before);
    }
  });
});
