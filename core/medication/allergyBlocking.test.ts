import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';

let t: Transport;
let session: string;
let residentId: number;

beforeEach(async () => {
  t = await directTransport();
  const home = await setUpHome(t);
  await home.addStaff({ username: 'doc', displayName: '陈志远', role: 'doctor' });
  session = ((await t.raw('auth.signIn', { username: 'doc', password: TEST_PASSWORD })).body as { data: { sessionId: string } }).data.sessionId;
  residentId = (await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '张秀英', admissionDate: '2026-10-01' }))).id;
  // Recorded on the health record: prescribing reads it from there (allergies.ts → records' activeAllergies).
  await home.call('records.saveAllergy', {
    id: null, residentId, category: 'drug', substance: '青霉素', reaction: '全身皮疹', severity: 'severe', recordedOn: '2026-10-01', notes: '', lateReason: '',
  });
});
afterEach(() => t.close());

const order = (drugCode: string | null, drugName: string) => ({
  residentId,
  drugCode,
  drugName,
  dose: '0.5g',
  route: '口服' as const,
  frequency: 'tid' as const,
  times: ['08:00', '12:00', '17:00'],
  longTerm: true,
  startDate: '2026-11-20',
  startTime: '08:00',
});

describe('allergy blocking at prescribing', () => {
  it('refuses a drug of the allergy’s class, naming the allergy; nothing written', async () => {
    const before = snapshot(t.runtime);
    const { body } = await t.raw('medication.prescribe', order('D027', '阿莫西林胶囊'), session);
    expect(body.ok ? null : body.error).toEqual({
      code: 'VALIDATION',
      field: 'drugName',
      message: '张秀英 对“青霉素”过敏（重度，全身皮疹），不能开具 阿莫西林胶囊（药物类别：青霉素类）。如过敏记录有误，请先在健康档案中更正。',
    });
    expect(snapshot(t.runtime)).toBe(before);
  });

  it('allows another drug, and lists the allergy on the due list', async () => {
    const call = client(t, () => session);
    await call('medication.prescribe', order('D010', '盐酸二甲双胍缓释片'));
    const due = await call('medication.due', { floor: 1, date: '2026-11-20', shift: 'day' });
    expect(due[0]!.allergies).toEqual(['青霉素']);
  });
});
