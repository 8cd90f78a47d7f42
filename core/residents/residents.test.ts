import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { addStaff } from '../../tests/helpers/staff.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
});
afterEach(() => t.close());

/** Calls a method expecting a refusal; asserts the database did not change and returns the error. */
async function refused(method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, home.session);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

describe('办理入住', () => {
  it('derives birth date and sex from the 身份证, opens a bed stay and audits who did it', async () => {
    const id = idNumber('1938-07-09', true);
    const r = await home.call('residents.admit', admitInput(bed('101-1'), { name: '王建国', idNumber: id }));
    expect(r).toMatchObject({ name: '王建国', sex: '男', birthDate: '1938-07-09', age: 88, bedLabel: '101-1', status: 'in_residence' });
    const detail = await home.call('residents.get', { id: r.id });
    expect(detail.bedStays).toEqual([{ bedId: bed('101-1'), bedLabel: '101-1', startOn: '2026-11-01', endOn: null }]);
    const audit = t.runtime.db.prepare(`SELECT * FROM audit_log WHERE action = 'residents.admit'`).all() as Record<string, unknown>[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_name: '院长甲', user_role: 'director', entity: 'resident', entity_id: r.id, before_json: null });
    expect(JSON.parse(audit[0]!.after_json as string)).toMatchObject({ name: '王建国', idNumber: id });
  });

  it('refuses an occupied bed, naming who is in it', async () => {
    await home.call('residents.admit', admitInput(bed('101-1'), { name: '李桂兰' }));
    const error = await refused('residents.admit', admitInput(bed('101-1'), { idNumber: idNumber() }));
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'bedId', message: expect.stringContaining('李桂兰') });
  });

  it('refuses a 身份证 already held by someone in residence, but admits it again after they left', async () => {
    const id = idNumber();
    const first = await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: id }));
    const error = await refused('residents.admit', admitInput(bed('101-2'), { idNumber: id }));
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'idNumber', message: expect.stringContaining('已登记为在住老人') });
    await home.call('residents.leave', { id: first.id, kind: 'discharged', date: '2026-11-10', reason: '家属接回' });
    await expect(home.call('residents.admit', admitInput(bed('101-2'), { idNumber: id, admissionDate: '2026-11-20' }))).resolves.toMatchObject({ status: 'in_residence' });
  });

  it.each([
    [{ idNumber: '110105194912310021' }, 'idNumber', '校验位不正确'],
    [{ idNumber: '110105209912310028' }, 'idNumber', '身份证号'],
    [{ admissionDate: '2026-11-24' }, 'admissionDate', '不能晚于今天'],
    [{ admissionDate: '1930-01-01' }, 'admissionDate', '不能早于出生日期'],
    [{ admissionDate: '2026-02-30' }, 'admissionDate', '不是一个存在的日期'],
    [{ name: '' }, 'name', '请填写姓名'],
    [{ name: '张三3' }, 'name', '只能包含汉字'],
    [{ name: '张'.repeat(10_000) }, 'name', '不能超过 30 个字'],
    [{ notes: 'x'.repeat(10_000) }, 'notes', '不能超过 500 个字'],
    [{ emergencyContacts: [] }, 'emergencyContacts', '至少填写一位紧急联系人'],
    [{ emergencyContacts: [{ name: '张伟', relation: '儿子', phone: '123' }] }, 'emergencyContacts.0.phone', '手机号'],
    [{ paymentType: 'cash' }, 'paymentType', '请选择费用类型'],
    [{ externalAssessment: { assessedOn: '2026-10-01', source: '区长护险评估中心', level: 5 } }, 'externalAssessment.level', '不能大于 4'],
    [{ externalAssessment: { assessedOn: '2026-11-24', source: '区长护险评估中心', level: 2 } }, 'externalAssessment.assessedOn', '不能晚于今天'],
    [{ bedId: 'A' }, 'bedId', '床位'],
    [{ bedId: 99_999 }, 'bedId', '床位不存在'],
  ])('refuses %j with a zh-CN message on the field', async (override, field, message) => {
    const error = await refused('residents.admit', admitInput(bed('102-1'), override));
    expect(error).toMatchObject({ field, message: expect.stringContaining(message) });
  });

  it('refuses a bed that has been taken out of use', async () => {
    await home.call('beds.setActive', { bedId: bed('105-2'), active: false });
    const error = await refused('residents.admit', admitInput(bed('105-2')));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'bedId', message: expect.stringContaining('已停用') });
  });
});

describe('换床、离院与撤销', () => {
  it('moves a resident: the old stay ends on the day, the old bed is free', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    await home.call('residents.moveBed', { id: r.id, bedId: bed('201-1'), date: '2026-11-15' });
    const detail = await home.call('residents.get', { id: r.id });
    expect(detail.bedStays.map((s) => [s.bedLabel, s.startOn, s.endOn])).toEqual([
      ['101-1', '2026-11-01', '2026-11-15'],
      ['201-1', '2026-11-15', null],
    ]);
    const map = await home.call('beds.map', { floor: 1 });
    expect(map.beds.find((b) => b.label === '101-1')!.occupant).toBeNull();
  });

  it.each([
    [{ date: '2026-10-31' }, 'date', '不能早于入住当前床位的日期'],
    [{ date: '2026-11-24' }, 'date', '不能晚于今天'],
    [{ bedLabel: '101-1' }, 'bedId', '与当前床位相同'],
  ])('refuses a move %j', async (override, field, message) => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    const { bedLabel, ...rest } = override as { bedLabel?: string; date?: string };
    const error = await refused('residents.moveBed', { id: r.id, bedId: bed(bedLabel ?? '201-1'), date: '2026-11-20', ...rest });
    expect(error).toMatchObject({ field, message: expect.stringContaining(message) });
  });

  it('refuses a discharge dated before admission, and one dated after today', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    expect(await refused('residents.leave', { id: r.id, kind: 'discharged', date: '2026-10-31', reason: '回家' })).toMatchObject({
      field: 'date',
      message: expect.stringContaining('不能早于入住日期'),
    });
    expect(await refused('residents.leave', { id: r.id, kind: 'deceased', date: '2026-11-24', reason: '心衰' })).toMatchObject({ field: 'date' });
    expect(await refused('residents.leave', { id: r.id, kind: 'deceased', date: '2026-11-20', reason: '' })).toMatchObject({ field: 'reason' });
  });

  it('records death on the admission day itself, frees the bed, and can be undone while the bed stays empty', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    const left = await home.call('residents.leave', { id: r.id, kind: 'deceased', date: '2026-11-01', reason: '心力衰竭' });
    expect(left).toMatchObject({ status: 'deceased', leftOn: '2026-11-01', leftReason: '心力衰竭' });
    expect(await refused('residents.leave', { id: r.id, kind: 'deceased', date: '2026-11-02', reason: '重复' })).toMatchObject({ code: 'CONFLICT' });
    await home.call('residents.undoLeave', { id: r.id });
    expect((await home.call('residents.get', { id: r.id })).status).toBe('in_residence');
    await home.call('residents.leave', { id: r.id, kind: 'discharged', date: '2026-11-05', reason: '回家' });
    await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: idNumber(), admissionDate: '2026-11-06' }));
    expect(await refused('residents.undoLeave', { id: r.id })).toMatchObject({ code: 'CONFLICT', field: 'bedId' });
  });

  it('undoes a leave into another empty bed when the old one was given to someone since, keeping the bed history', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    await home.call('residents.leave', { id: r.id, kind: 'discharged', date: '2026-11-05', reason: '回家' });
    const other = await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: idNumber(), admissionDate: '2026-11-06', name: '占床者' }));
    expect(await refused('residents.undoLeave', { id: r.id })).toMatchObject({
      code: 'CONFLICT',
      field: 'bedId',
      message: '原床位 101-1 已有老人入住（占床者），请为 张秀英 选择一张空床位',
    });
    expect(await refused('residents.undoLeave', { id: r.id, bedId: bed('101-1') })).toMatchObject({ code: 'CONFLICT', field: 'bedId' });
    const back = await home.call('residents.undoLeave', { id: r.id, bedId: bed('102-1') });
    expect(back).toMatchObject({ status: 'in_residence', bedLabel: '102-1', leftOn: null });
    expect((await home.call('residents.get', { id: r.id })).bedStays).toEqual([
      { bedId: bed('101-1'), bedLabel: '101-1', startOn: '2026-11-01', endOn: '2026-11-05' },
      { bedId: bed('102-1'), bedLabel: '102-1', startOn: '2026-11-05', endOn: null },
    ]);
    expect((await home.call('residents.get', { id: other.id })).bedLabel).toBe('101-1');
    const row = t.runtime.db.prepare(`SELECT summary FROM audit_log WHERE action = 'residents.undoLeave' ORDER BY id DESC LIMIT 1`).pluck().get();
    expect(row).toBe('撤销离院：张秀英，原床位 101-1 已有他人，改住 102-1床');
  });
});

describe('删除与恢复（录入错误）', () => {
  it('soft-deletes: the record leaves the roster and frees the bed, the director can restore it', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1'), { name: '重复录入' }));
    await home.call('residents.remove', { id: r.id, reason: '重复录入' });
    expect((await home.call('residents.list', { q: '重复录入' })).total).toBe(0);
    expect((await home.call('residents.list', { status: 'deleted' })).rows.map((x) => x.id)).toEqual([r.id]);
    expect(t.runtime.db.prepare('SELECT count(*) FROM residents').pluck().get()).toBe(1);
    await home.call('residents.restore', { id: r.id });
    expect((await home.call('residents.list', { q: '重复录入' })).total).toBe(1);
  });

  it('does not restore into a bed someone else has taken since', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    await home.call('residents.remove', { id: r.id, reason: '录错床位' });
    await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: idNumber() }));
    expect(await refused('residents.restore', { id: r.id })).toMatchObject({ code: 'CONFLICT', field: 'bedId' });
  });
});

describe('名册查询', () => {
  beforeEach(async () => {
    await home.call('residents.admit', admitInput(bed('101-1'), { name: '张秀英', idNumber: idNumber('1950-01-01', false), externalAssessment: { assessedOn: '2026-10-01', source: '区长护险评估中心', level: 0 } }));
    await home.call('residents.admit', admitInput(bed('101-2'), { name: '欧阳建国', idNumber: idNumber('1970-05-05', true),  }));
    await home.call('residents.admit', admitInput(bed('201-1'), { name: '李桂兰', idNumber: '11010519491231002X', externalAssessment: { assessedOn: '2026-10-01', source: '区长护险评估中心', level: 4 } }));
    const gone = await home.call('residents.admit', admitInput(bed('201-2'), { name: '赵德明', idNumber: idNumber('1930-02-02', true) }));
    await home.call('residents.leave', { id: gone.id, kind: 'deceased', date: '2026-11-10', reason: '肺部感染' });
  });
  const names = async (input: Record<string, unknown>) => (await home.call('residents.list', input)).rows.map((r) => r.name);

  it('finds by name, 拼音 initials, whole or partial 身份证 and bed', async () => {
    expect(await names({ q: '桂' })).toEqual(['李桂兰']);
    expect(await names({ q: 'oyjg' })).toEqual(['欧阳建国']);
    expect(await names({ q: 'ouyang' })).toEqual(['欧阳建国']);
    expect(await names({ q: '11010519491231002x' })).toEqual(['李桂兰']);
    expect(await names({ q: '31002X' })).toEqual(['李桂兰']);
    expect(await names({ q: '101' })).toEqual(['张秀英', '欧阳建国']);
    expect(await names({ q: '201-1' })).toEqual(['李桂兰']);
    expect(await names({ q: '%' })).toEqual([]);
  });

  it('filters by status, floor, age 65+ and care level', async () => {
    expect(await names({})).toEqual(['张秀英', '欧阳建国', '李桂兰']);
    expect(await names({ status: 'left' })).toEqual(['赵德明']);
    expect(await names({ status: 'all', floor: 2 })).toEqual(['李桂兰', '赵德明']);
    expect(await names({ aged65: true })).toEqual(['张秀英', '李桂兰']);
    expect(await names({ careLevel: -1 })).toEqual(['欧阳建国']);
    expect(await names({ careLevel: 4 })).toEqual(['李桂兰']);
  });

  it('sorts in 拼音 order and by age, pages, and counts only the first page (the list keeps that total)', async () => {
    expect(await names({ sort: 'name' })).toEqual(['李桂兰', '欧阳建国', '张秀英']);
    expect(await names({ sort: 'age', order: 'desc' })).toEqual(['李桂兰', '张秀英', '欧阳建国']);
    expect(await home.call('residents.list', { sort: 'name', offset: 0, limit: 1 })).toMatchObject({ total: 3, rows: [{ name: '李桂兰' }] });
    expect(await home.call('residents.list', { sort: 'name', offset: 1, limit: 1 })).toMatchObject({ total: null, rows: [{ name: '欧阳建国' }] });
    expect(await home.call('residents.list', { floor: 2, offset: 0 })).toMatchObject({ total: 1 });
  });

  it('masks 身份证 numbers for caregivers and refuses them roster changes', async () => {
    await home.addStaff({ username: 'huli', displayName: '护理员乙', role: 'caregiver' });
    const { sessionId } = await home.call('auth.signIn', { username: 'huli', password: TEST_PASSWORD });
    home.setSession(sessionId);
    const rows = (await home.call('residents.list', {})).rows;
    expect(rows.every((r) => r.idNumber.includes('********'))).toBe(true);
    const { body } = await t.raw('residents.admit', admitInput(bed('102-1')), sessionId);
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('身份证号：粘贴和输入法带来的空格、全角字符', () => {
  const spaced = (id: string) => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  const fullWidth = (id: string) => id.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it.each([
    ['a number printed in groups', spaced],
    ['full-width digits from the input method', fullWidth],
    ['a leading space and a trailing full-width space', (id: string) => ` ${id}\u3000`],
    ['lower-case x', (id: string) => id.toLowerCase()],
  ])('admits %s, stored as the plain 18 characters', async (_what, typed) => {
    const id = idNumber('1938-01-02', false);
    const r = await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: typed(id) }));
    expect(r.idNumber).toBe(id);
    expect(r.birthDate).toBe('1938-01-02');
  });

  it('reads a credit code the same way at setup', async () => {
    const fresh = await directTransport();
    const code = '52320102MJ0000001';
    const { composeCreditCode } = await import('../shared/creditCode.ts');
    const full = composeCreditCode(code);
    const { body } = await fresh.raw('auth.setup', {
      institution: { ...(await import('../../tests/helpers/fixtures.ts')).institutionInput(), creditCode: ` ${fullWidth(full.slice(0, 9))} ${full.slice(9)} ` },
      director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
    });
    expect(body.ok, JSON.stringify(body)).toBe(true);
    expect(fresh.runtime.db.prepare('SELECT credit_code FROM institution').pluck().get()).toBe(full);
    await fresh.close();
  });
});

describe('搜索', () => {
  it('finds a resident by the last four characters of the number (后四位), as well as rooms that start so', async () => {
    const id = idNumber('1941-04-05', true);
    const r = await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: id, name: '后四位' }));
    const found = await home.call('residents.list', { q: id.slice(-4) });
    expect(found.rows.map((x) => x.id)).toContain(r.id);
    expect((await home.call('residents.list', { q: '101' })).rows.map((x) => x.id)).toEqual([r.id]);
    expect((await home.call('residents.list', { q: ` ${id.slice(0, 6)} ${id.slice(6)} ` })).rows.map((x) => x.id)).toEqual([r.id]);
  });
});

describe('护理员：看得到年龄，看不到也推不出身份证号', () => {
  async function caregiverSession() {
    await addStaff((m, i, s) => t.raw(m, i, s).then((r) => r.body), home.session, { username: 'huli1', displayName: '护理员甲', role: 'caregiver' });
    const { body } = await t.raw('auth.signIn', { username: 'huli1', password: TEST_PASSWORD });
    return (body as { data: { sessionId: string } }).data.sessionId;
  }

  it('gets the age but no birth date, and only the last four characters of the number, in the list and the card', async () => {
    const id = idNumber('1939-09-09', false);
    const r = await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: id }));
    const session = await caregiverSession();
    const list = (await t.raw('residents.list', {}, session)).body as { data: { rows: Record<string, unknown>[] } };
    expect(list.data.rows[0]).toMatchObject({ id: r.id, age: 87, birthDate: null, idNumber: `**************${id.slice(-4)}` });
    const card = (await t.raw('residents.get', { id: r.id }, session)).body as { data: Record<string, unknown> };
    expect(card.data).toMatchObject({ age: 87, birthDate: null, idNumber: `**************${id.slice(-4)}` });
    expect(JSON.stringify(card.data)).not.toContain(id.slice(6, 14));
  });

  it('cannot confirm a guessed number by searching: whole or partial numbers are refused, 后四位 finds only beds', async () => {
    const id = idNumber('1939-09-09', false);
    await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: id }));
    const session = await caregiverSession();
    for (const q of [id, id.slice(0, 10), id.slice(-6), spacedId(id)]) {
      const { body } = await t.raw('residents.list', { q }, session);
      expect(body, q).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'q', message: expect.stringContaining('不能按身份证号查找') } });
    }
    const last4 = (await t.raw('residents.list', { q: id.slice(-4) }, session)).body as { data: { total: number } };
    expect(last4.data.total).toBe(0);
    const byBed = (await t.raw('residents.list', { q: '101' }, session)).body as { data: { total: number } };
    expect(byBed.data.total).toBe(1);
  });
});

const spacedId = (id: string) => `${id.slice(0, 6)} ${id.slice(6)}`;
