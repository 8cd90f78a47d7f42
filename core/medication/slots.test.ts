import { describe, expect, it } from 'vitest';
import { dueSlots, isDue, isLate, minutesLate, shiftOf, shiftWindow } from './slots.ts';

const stay = { admitted: '2026-01-01', leftOn: null };
const bid = { times: ['08:00', '17:00'], longTerm: true, startAt: '2026-11-01 08:00', stopAt: null };

describe('due slots', () => {
  it('a shift is a window of moments; the night shift runs into the next date', () => {
    expect(shiftWindow('2026-11-20', 'day')).toEqual({ from: '2026-11-20 07:00', to: '2026-11-20 15:00' });
    expect(shiftWindow('2026-11-20', 'night')).toEqual({ from: '2026-11-20 23:00', to: '2026-11-21 07:00' });
    const night = { times: ['06:00', '21:00', '23:30'], longTerm: true, startAt: '2026-11-01 00:00', stopAt: null };
    expect(dueSlots(night, stay, '2026-11-20', 'night')).toEqual([
      { dueDate: '2026-11-20', dueTime: '23:30' },
      { dueDate: '2026-11-21', dueTime: '06:00' },
    ]);
    expect(shiftOf({ dueDate: '2026-11-21', dueTime: '06:00' })).toEqual({ date: '2026-11-20', shift: 'night' });
  });

  it('from the start moment, until the stop moment (exclusive), only while the resident is in', () => {
    expect(isDue(bid, stay, { dueDate: '2026-11-01', dueTime: '08:00' })).toBe(true);
    expect(isDue({ ...bid, startAt: '2026-11-01 08:01' }, stay, { dueDate: '2026-11-01', dueTime: '08:00' })).toBe(false);
    expect(isDue({ ...bid, stopAt: '2026-11-05 17:00' }, stay, { dueDate: '2026-11-05', dueTime: '08:00' })).toBe(true);
    expect(isDue({ ...bid, stopAt: '2026-11-05 17:00' }, stay, { dueDate: '2026-11-05', dueTime: '17:00' })).toBe(false);
    expect(isDue(bid, { admitted: '2026-01-01', leftOn: '2026-11-10' }, { dueDate: '2026-11-09', dueTime: '17:00' })).toBe(true);
    expect(isDue(bid, { admitted: '2026-01-01', leftOn: '2026-11-10' }, { dueDate: '2026-11-10', dueTime: '08:00' })).toBe(false);
    expect(isDue(bid, stay, { dueDate: '2026-11-05', dueTime: '12:00' })).toBe(false);
  });

  it('a 临时 order is one dose on its start date', () => {
    const once = { times: ['10:00'], longTerm: false, startAt: '2026-11-05 09:30', stopAt: null };
    expect(isDue(once, stay, { dueDate: '2026-11-05', dueTime: '10:00' })).toBe(true);
    expect(isDue(once, stay, { dueDate: '2026-11-06', dueTime: '10:00' })).toBe(false);
  });

  it('late is more than an hour after due, across midnight too', () => {
    expect(isLate('08:00', '09:00')).toBe(false);
    expect(isLate('08:00', '09:01')).toBe(true);
    expect(isLate('08:00', '07:30')).toBe(false);
    expect(minutesLate('23:00', '00:30')).toBe(90);
    expect(isLate('08:00', null)).toBe(false);
  });
});
