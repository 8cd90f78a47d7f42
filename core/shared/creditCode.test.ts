import { describe, expect, it } from 'vitest';
import { composeCreditCode, parseCreditCode } from './creditCode.ts';

describe('统一社会信用代码 (GB 32100)', () => {
  // Codes of well-known registered companies, as printed on their business licences.
  it.each(['91440300708461136T', '91330100716105852F', '914403001922038216', '91110000100010433L', '91350100M000100Y43'])(
    'accepts the real code %s',
    (code) => expect(parseCreditCode(code)).toEqual({ ok: true, normalized: code }),
  );

  it('normalises lower case', () => {
    expect(parseCreditCode('91440300708461136t')).toEqual({ ok: true, normalized: '91440300708461136T' });
  });

  it.each([
    ['91440300708461136A', '校验位不正确'],
    ['9144030070846113', '应为 18 位'],
    ['91440300708461136I', '不能有“I”'],
    ['91440300708461136中', '不能有“中”'],
    ['91ABCDEF708461136T', '行政区划码'],
    ['', '请填写'],
  ])('refuses %s (%s)', (code, message) => {
    const r = parseCreditCode(code);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(message);
  });

  it('composes a valid code from 17 characters, including when the check value is 0', () => {
    expect(parseCreditCode(composeCreditCode('52320102MJ5831204')).ok).toBe(true);
    expect(composeCreditCode('91440300708461136')).toBe('91440300708461136T');
  });

  it('reads full-width characters and spaces from an input method as the plain code', () => {
    expect(parseCreditCode('91440300708461136Ｔ')).toEqual({ ok: true, normalized: '91440300708461136T' });
    expect(parseCreditCode(' 914403007 08461136t ')).toEqual({ ok: true, normalized: '91440300708461136T' });
  });
});
