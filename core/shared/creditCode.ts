import { normalizeCode } from './idcard.ts';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, Z, S, V),
 * the last a mod-31 check character over the first 17 with the weights below.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

export type CreditCodeResult = { ok: true; normalized: string } | { ok: false; message: string };

export function parseCreditCode(raw: string): CreditCodeResult {
  const value = normalizeCode(raw);
  if (value.length === 0) return { ok: false, message: '请填写统一社会信用代码' };
  if (value.length !== 18) return { ok: false, message: `统一社会信用代码应为 18 位，现在是 ${value.length} 位` };
  const bad = [...value].find((c) => !CHARSET.includes(c));
  if (bad !== undefined) {
    return { ok: false, message: `统一社会信用代码中不能有“${bad}”（不使用 I、O、Z、S、V 和汉字）` };
  }
  if (!/^[0-9]{6}$/.test(value.slice(2, 8))) {
    return { ok: false, message: '统一社会信用代码第 3–8 位应为登记管理机关行政区划码（6 位数字）' };
  }
  if (creditCheckChar(value) !== value[17]) {
    return { ok: false, message: '统一社会信用代码校验位不正确，请对照营业执照或登记证书逐位核对' };
  }
  return { ok: true, normalized: value };
}

export function composeCreditCode(first17: string): string {
  return first17 + creditCheckChar(first17);
}
