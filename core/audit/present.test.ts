import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;
beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
});
afterEach(() => t.close());

const rowOf = async (action: string) => {
  const page = await home.call('audit.list', {});
  return page.rows.find((r) => r.action === action)!;
};

describe('the audit log in words a director would use with an inspector', () => {
  it('shows a leave as 在住 → 已离院, not the stored codes, and nothing internal', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    await home.call('residents.leave', { id: r.id, kind: 'discharged', date: '2026-11-10', reason: '回家' });
    const row = await rowOf('residents.leave');
    expect(row.changes).toEqual([
      { label: '状态', before: '在住', after: '已离院' },
      { label: '离院/去世日期', before: null, after: '2026-11-10' },
      { label: '离院/去世原因', before: null, after: '回家' },
    ]);
    const text = JSON.stringify(row);
    for (const internal of ['in_residence', 'discharged', '"bedId"']) expect(text).not.toContain(internal);
    // The raw snapshots stay on the server.
    expect(row).not.toHaveProperty('before');
    expect(row).not.toHaveProperty('after');
  });

  it('shows an admission with its fields in words: 自费, the bed label, contacts as a list', async () => {
    await home.call('residents.admit', admitInput(bed('101-1'), {
      emergencyContacts: [
        { name: '张伟', relation: '儿子', phone: '13912345678' },
        { name: '张丽', relation: '女儿', phone: '13812345678' },
      ],
    }));
    const row = await rowOf('residents.admit');
    const byLabel = Object.fromEntries(row.changes.map((c) => [c.label, c.after]));
    expect(byLabel).toMatchObject({ 费用类型: '自费', 床位: '101-1', 状态: '在住' });
    expect(byLabel['紧急联系人']).toEqual(['张伟（儿子） 13912345678', '张丽（女儿） 13812345678']);
    expect(JSON.stringify(row.changes)).not.toMatch(/"self"|\bid\b|bedId|floor/);
  });

  it('shows a bed move as 床位 101-1 → 102-2', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    await home.call('residents.moveBed', { id: r.id, bedId: bed('102-2'), date: '2026-11-20' });
    expect((await rowOf('residents.moveBed')).changes).toEqual([{ label: '床位', before: '101-1', after: '102-2' }]);
  });

  it('shows a change of post in the post’s name, and never a password', async () => {
    const u = await home.call('users.create', { username: 'nurse1', displayName: '护士甲', role: 'nurse', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD });
    await home.call('users.update', { id: u.id, displayName: '护士甲', role: 'caregiver', active: false });
    expect((await rowOf('users.update')).changes).toEqual([
      { label: '岗位', before: '护士', after: '护理员' },
      { label: '账号', before: '在用', after: '已停用' },
    ]);
    expect(JSON.stringify(await home.call('audit.list', {}))).not.toContain(TEST_PASSWORD);
  });

  it('shows a print by its summary only (the request it carried stays out of sight)', async () => {
    const row = (await home.call('audit.list', { entity: 'institution' })).rows[0]!;
    expect(row.changes.find((c) => c.label === '适用地区')).toMatchObject({ after: '全国通用' });
    expect(JSON.stringify(row.changes)).not.toContain('regionCode');
  });
});
