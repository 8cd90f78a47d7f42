/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence
 * (odd = male, even = female), and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Province-level codes (GB/T 2260) that can begin a 身份证 number. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export type IdCardResult =
  | { ok: true; birthDate: string; sex: '男' | '女'; normalized: string }
  | { ok: false; message: string };

/**
 * What a person typed or pasted, as the code it means: spaces anywhere (a number printed in groups,
 * “320106 19380102 0047”), full-width digits and letters from a Chinese input method (３２０…Ｘ), lower-case x.
 * Every 身份证 and credit-code field, and the roster search, read numbers through this.
 */
export function normalizeCode(raw: string): string {
  return raw
    .replace(/[\s\u3000\u00a0\u200b]+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** `today` is an ISO date (YYYY-MM-DD); a birth date after it is refused. */
export function parseIdCard(raw: string, today: string): IdCardResult {
  const value = normalizeCode(raw);
  if (value.length === 0) return { ok: false, message: '请填写身份证号' };
  if (value.length === 15) return { ok: false, message: '这是 15 位旧身份证号，请填写 18 位的第二代身份证号' };
  if (value.length !== 18) return { ok: false, message: `身份证号应为 18 位，现在是 ${value.length} 位` };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, message: '身份证号前 17 位应为数字，最后一位为数字或 X' };
  if (!PROVINCES.has(value.slice(0, 2))) return { ok: false, message: '身份证号前两位不是有效的省份代码' };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1880 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, message: '身份证号中的出生日期不存在，请核对第 7–14 位' };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birthDate > today) return { ok: false, message: '身份证号中的出生日期晚于今天，请核对第 7–14 位' };
  if (idCheckChar(value) !== value[17]) {
    return { ok: false, message: '身份证号校验位不正确，可能有一位输错了，请逐位核对' };
  }
  return { ok: true, birthDate, sex: Number(value[16]) % 2 === 1 ? '男' : '女', normalized: value };
}

/**
 * **************1234, for roles that must not see the whole number: only the last four digits, by which
 * staff tell two people apart. The birth-date digits are never shown with the birth date beside them, and
 * the area code adds nothing a caregiver needs.
 */
export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${'*'.repeat(14)}${id.slice(14)}` : id;
}

/** Builds a valid number from an area code (6 digits), a birth date (YYYY-MM-DD) and a sequence (1–999, odd = male). */
export function composeIdNumber(area: string, birthDate: string, sequence: number): string {
  const first17 = `${area}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
