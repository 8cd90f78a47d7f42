import { describe, expect, it } from 'vitest';
import { composeIdNumber, idCheckChar, maskIdNumber, parseIdCard } from './idcard.ts';

const TODAY = '2026-11-23';

describe('身份证号 (GB 11643)', () => {
  it('accepts the examples printed in GB 11643-1999 and derives birth date and sex', () => {
    expect(parseIdCard('11010519491231002X', TODAY)).toEqual({ ok: true, birthDate: '1949-12-31', sex: '女', normalized: '11010519491231002X' });
    expect(parseIdCard('440524188001010014', TODAY)).toEqual({ ok: true, birthDate: '1880-01-01', sex: '男', normalized: '440524188001010014' });
  });

  it('accepts a lower-case x and surrounding spaces, storing the canonical form', () => {
    expect(parseIdCard(' 11010519491231002x ', TODAY)).toMatchObject({ ok: true, normalized: '11010519491231002X' });
  });

  it.each([
    ['110105194912310021', '校验位不正确'],
    ['11010519491231002', '应为 18 位'],
    ['110105491231002', '15 位旧身份证号'],
    ['1101051949123100AX', '前 17 位应为数字'],
    ['990105194912310029', '省份代码'],
    ['110105194902300020', '出生日期不存在'],
    ['', '请填写身份证号'],
  ])('refuses %s with a message naming the problem (%s)', (value, message) => {
    const r = parseIdCard(value, TODAY);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(message);
  });

  it('refuses a birth date after today, and accepts one on today', () => {
    const tomorrow = composeIdNumber('110105', '2026-11-24', 11);
    const today = composeIdNumber('110105', '2026-11-23', 11);
    expect(parseIdCard(tomorrow, TODAY)).toMatchObject({ ok: false, message: expect.stringContaining('晚于今天') });
    expect(parseIdCard(today, TODAY)).toMatchObject({ ok: true, birthDate: '2026-11-23' });
  });

  it('composes numbers whose check character validates, odd sequence male, even female', () => {
    const male = composeIdNumber('320102', '1941-02-28', 123);
    const female = composeIdNumber('320102', '1941-02-28', 124);
    expect(parseIdCard(male, TODAY)).toMatchObject({ ok: true, sex: '男' });
    expect(parseIdCard(female, TODAY)).toMatchObject({ ok: true, sex: '女' });
    expect(idCheckChar('11010519491231002')).toBe('X');
  });

  it('shows only the last four characters to roles that must not see the number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('**************002X');
  });
});
