import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber } from '../../tests/helpers/fixtures.ts';
import type { DistrictPack } from './filings.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
});
afterEach(() => t.close());

const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;
const pack = async (period: string) => (await home.call('filings.data', { kind: 'district-pack', input: { period } })) as unknown as DistrictPack;
const figure = (p: DistrictPack, label: string) => p.sections[0]!.figures.find((f) => f.label === label)!.value;

describe('区级报送材料：民政部分的数字', () => {
  it('counts the start, admissions, departures, deaths and end of a quarter at its edges, and they balance', async () => {
    const admit = (b: string, name: string, date: string, born = '1940-03-02') =>
      home.call('residents.admit', admitInput(bed(b), { name, admissionDate: date, idNumber: idNumber(born, false) }));
    await admit('101-1', '期前入住', '2026-06-30');
    await admit('101-2', '首日入住', '2026-07-01', '1941-01-01');
    await admit('102-1', '末日入住', '2026-09-30', '1942-01-01');
    await admit('102-2', '期后入住', '2026-10-01', '1943-01-01');
    const leaver = await admit('103-1', '首日离院', '2026-05-01', '1944-01-01');
    await home.call('residents.leave', { id: leaver.id, kind: 'discharged', date: '2026-07-01', reason: '回家' });
    const dead = await admit('103-2', '末日去世', '2026-05-01', '1945-01-01');
    await home.call('residents.leave', { id: dead.id, kind: 'deceased', date: '2026-09-30', reason: '病故' });

    const p = await pack('2026Q3');
    expect(p.period).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    // At the end of 30 June: 期前入住, 首日离院 (leaves 1 July), 末日去世.
    expect(figure(p, '期初在院人数')).toBe(3);
    expect(figure(p, '本期入住人数')).toBe(2);
    expect(figure(p, '本期离院人数')).toBe(1);
    expect(figure(p, '本期去世人数')).toBe(1);
    // 期前入住, 首日入住, 末日入住; the one who died on 30 September is not there at its end.
    expect(figure(p, '期末在院人数')).toBe(3);
    expect(p.sections[0]!.notes[0]).toBe('核对：期初 3 + 入住 2 − 离院与去世 2 = 期末 3。');
    const atEnd = p.traces.find((tr) => tr.key === 'civil-affairs:at-end')!;
    expect(atEnd.rows.map((r) => r[1])).toEqual(['期前入住', '首日入住', '末日入住']);
  });

  it('a month and a year are periods too; a period still running is counted up to today', async () => {
    await home.call('residents.admit', admitInput(bed('101-1'), { name: '十一月入住', admissionDate: '2026-11-02' }));
    const month = await pack('2026-11');
    expect(month.period.label).toBe('2026年11月');
    expect(figure(month, '本期入住人数')).toBe(1);
    expect(figure(month, '期末在院人数')).toBe(1);
    expect(month.sections[0]!.figures.find((f) => f.label === '期末在院人数')!.basis).toBe('2026-11-23 日终在院');
    expect((await pack('2026')).period).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('refuses a period written any other way, naming the ways, and writes nothing', async () => {
    const before = snapshot(t.runtime);
    const { body } = await t.raw('filings.data', { kind: 'district-pack', input: { period: '2026Q5' } }, home.session);
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'input.period', message: '报告期应写作 2026-10（月）、2026Q3（季度）或 2026（年）' } });
    expect(snapshot(t.runtime)).toBe(before);
  });
});

describe('区级报送材料：报告期的边界', () => {
  it('counts someone who turns 65 on the last day of the period as 65+, and not one who turns 65 the day after', async () => {
    await home.call('residents.admit', admitInput(bed('101-1'), { name: '末日满寿', admissionDate: '2026-01-05', idNumber: idNumber('1961-09-30', false) }));
    await home.call('residents.admit', admitInput(bed('101-2'), { name: '次日满寿', admissionDate: '2026-01-05', idNumber: idNumber('1961-10-01', false) }));
    const p = await pack('2026Q3');
    expect(figure(p, '期末在院人数')).toBe(2);
    expect(figure(p, '其中 65 周岁及以上')).toBe(1);
  });

  it('a resident who died the day after the period is still there at its end', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1'), { name: '次日去世', admissionDate: '2026-01-05' }));
    await home.call('residents.leave', { id: r.id, kind: 'deceased', date: '2026-10-01', reason: '病故' });
    const p = await pack('2026Q3');
    expect(figure(p, '期末在院人数')).toBe(1);
    expect(figure(p, '本期去世人数')).toBe(0);
  });

  it('refuses a period not yet begun and one before the home opened, writing nothing; an empty period says so', async () => {
    const before = snapshot(t.runtime);
    const future = await t.raw('filings.data', { kind: 'district-pack', input: { period: '2026-12' } }, home.session);
    expect(future.body).toMatchObject({ ok: false, error: { field: 'input.period', message: '2026年12月还没有开始，不能报送（今天是 2026-11-23）' } });
    const opened = (await home.call('institution.get', {})).openedOn;
    const early = await t.raw('filings.data', { kind: 'district-pack', input: { period: String(Number(opened.slice(0, 4)) - 1) } }, home.session);
    expect(early.body).toMatchObject({ ok: false, error: { field: 'input.period', message: expect.stringContaining('早于本院开业日期') } });
    expect(snapshot(t.runtime)).toBe(before);
    const empty = await pack(opened.slice(0, 7));
    expect(empty.sections[0]!.notes).toEqual(['本期本院没有在院老人的记录，以上各项均为 0。']);
  });
});
