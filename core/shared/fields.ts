import { z } from 'zod';

// Messages zod writes on its own (wrong type, unknown key) in Chinese too.
z.config(z.locales.zhCN());

const typeError = (label: string, kind: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? `请填写${label}` : `${label}应为${kind}`;

/** Required text: trimmed, not empty, at most `max` characters. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: typeError(label, '文字') })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`);

/** Optional text: trimmed, may be empty, stored as ''. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: typeError(label, '文字') })
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .default('');

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as an ISO string (YYYY-MM-DD), the only date format stored. */
export const isoDate = (label: string) =>
  z
    .string({ error: typeError(label, '日期') })
    .min(1, `请填写${label}`)
    .max(10, `${label}格式应为“年-月-日”，如 2026-01-31`)
    .refine((v) => v === '' || ISO_DATE.test(v), `${label}格式应为“年-月-日”，如 2026-01-31`)
    .refine((v) => v === '' || !ISO_DATE.test(v) || isRealDate(v), `${label}不是一个存在的日期`);

/** A moment as a person reads it on the wall clock of the home: 2026-11-24T08:30 (local, to the minute). */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export const localDateTime = (label: string) =>
  z
    .string({ error: typeError(label, '日期和时间') })
    .min(1, `请填写${label}`)
    .max(16, `${label}格式应为“年-月-日 时:分”，如 2026-01-31 08:30`)
    .refine((v) => LOCAL_DATE_TIME.test(v), `${label}格式应为“年-月-日 时:分”，如 2026-01-31 08:30`)
    .refine((v) => !LOCAL_DATE_TIME.test(v) || (isRealDate(v.slice(0, 10)) && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60), `${label}不是一个存在的时间`);

export const entityId = (label: string) =>
  z.number({ error: (issue) => (issue.input === undefined || issue.input === null ? `请选择${label}` : `${label}应为编号`) }).int(`${label}无效`).positive(`${label}无效`);

/** 11-digit mobile (1[3-9]…) or a landline with area code, optionally an extension. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

export const phone = (label: string, required: boolean) => {
  const base = z
    .string({ error: typeError(label, '文字') })
    .trim()
    .max(20, `${label}应为 11 位手机号或带区号的固定电话`);
  return required
    ? base.min(1, `请填写${label}`).regex(PHONE, `${label}应为 11 位手机号或带区号的固定电话，如 13912345678 或 025-83451234`)
    : base
        .refine((v) => v === '' || PHONE.test(v), `${label}应为 11 位手机号或带区号的固定电话，如 13912345678 或 025-83451234`)
        .default('');
};

export const intInRange = (label: string, min: number, max: number) =>
  z
    .number({ error: typeError(label, '数字') })
    .int(`${label}应为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`);

export const emptyInput = z.object({}).strict().optional().default({});

export { z };
