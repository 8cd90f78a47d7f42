// Child process for the crash test: writes batches through the real dispatcher until it is killed.
import { createRuntime } from '../../core/system/runtime.ts';
import { createDispatcher } from '../../core/api/dispatch.ts';
import { composeIdNumber } from '../../core/shared/idcard.ts';
import { institutionInput, TEST_PASSWORD } from './fixtures.ts';

const dataDir = process.argv[2]!;
const runtime = createRuntime({ dataDir, mode: 'real', log: () => undefined });
const dispatch = createDispatcher(runtime);
const ok = async (method: string, input: unknown, session?: string) => {
  const r = await dispatch(method, input, session);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as Record<string, unknown>;
};

const setup = await ok('auth.setup', {
  institution: institutionInput(),
  director: { username: 'director', displayName: '院长', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
});
const session = setup.sessionId as string;
for (let i = 0; ; i++) {
  // A batch: 100 rooms × 2 beds in one transaction, then one admission into its first bed.
  const floor = (i % 90) + 1;
  const first = 1000 * (i + 1);
  await ok('beds.add', { floor, roomFrom: first, roomTo: first + 99, bedsPerRoom: 2 }, session);
  const bed = runtime.db.prepare('SELECT id FROM beds WHERE room = ? AND bed_no = ?').pluck().get(String(first), '1') as number;
  await ok(
    'residents.admit',
    {
      name: '压力测试',
      idNumber: composeIdNumber(String(110000 + (i % 800)), '1940-01-01', Math.floor(i / 800) + 1),
      admissionDate: '2026-01-01',
      paymentType: 'self',
      emergencyContacts: [{ name: '家属', relation: '儿子', phone: '13912345678' }],
      bedId: bed,
    },
    session,
  );
  process.stdout.write(`committed ${i + 1}\n`);
}
