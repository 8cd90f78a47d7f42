import { z, requiredText, optionalText, isoDate, entityId, intInRange } from '../shared/fields.ts';
import type { AuditFields } from '../audit/define.ts';

/** 家庭医生签约: a resident signed with a family-doctor team of the contracted centre, renewed yearly. */
const signingFields = {
  residentId: entityId('老人'),
  team: requiredText('签约团队', 60),
  doctor: requiredText('家庭医生', 30),
  signedOn: isoDate('签约日期'),
  expiresOn: isoDate('到期日期'),
  package: optionalText('服务包', 60),
};

const expiresAfter = { message: '到期日期应晚于签约日期（一般为签约满一年的前一天）', path: ['expiresOn'] };

export const signInput = z
  .object(signingFields)
  .strict()
  .refine((v) => v.expiresOn > v.signedOn, expiresAfter);
export type SignInput = z.output<typeof signInput>;

export const updateSigningInput = z
  .object({ id: entityId('签约记录'), ...signingFields })
  .strict()
  .refine((v) => v.expiresOn > v.signedOn, expiresAfter);
export type UpdateSigningInput = z.output<typeof updateSigningInput>;

export const signingIdInput = z.object({ id: entityId('签约记录') }).strict();
export const removeSigningInput = z.object({ id: entityId('签约记录'), reason: requiredText('删除原因', 200) }).strict();

export const coverageInput = z
  .object({
    /** The day counted (default today). */
    asOf: isoDate('统计日期').nullable().default(null),
    /** A signing ending within this many days is listed as 即将到期. */
    expiringWithinDays: intInRange('提前提醒天数', 1, 180).default(30),
  })
  .strict()
  .optional()
  .default({ asOf: null, expiringWithinDays: 30 });
export type CoverageInput = z.output<typeof coverageInput>;

export interface SigningRow {
  id: number;
  residentId: number;
  residentName: string;
  team: string;
  doctor: string;
  signedOn: string;
  expiresOn: string;
  package: string;
  deletedAt: string | null;
}

export type SigningStatus = 'signed' | 'expiring' | 'none';
export const SIGNING_STATUS: Record<SigningStatus, string> = { signed: '已签约', expiring: '即将到期', none: '未签约' };

export interface CoverageRow {
  residentId: number;
  name: string;
  bedLabel: string;
  age: number;
  aged65: boolean;
  status: SigningStatus;
  signing: SigningRow | null;
  /** The last signing that ended (when not signed now): 已过期 on that day. */
  lapsedOn: string | null;
  /** The day this year the centre did the resident's annual exam, if it did. */
  examThisYear: string | null;
}

export interface CoverageFigure {
  residents: number;
  signed: number;
  /** One decimal; null when there is nobody to count. */
  percent: number | null;
}

export interface Coverage {
  asOf: string;
  all: CoverageFigure;
  aged65: CoverageFigure;
  /** The profile's target: a number (济南 ≥85% of 65+, 003 第3条) or a principle in words (南京 应签尽签, 长宁 愿签尽签). */
  target: {
    profile: string;
    principle: string;
    percentAged65: number | null;
    text: string;
    cite: string;
    unverified: boolean;
    /** null when the target is a principle, not a number. */
    met: boolean | null;
  } | null;
  /** Signed residents aged 65+: the free yearly exam (长宁 004 第4条) done this year or still due. */
  exams: { signedAged65: number; doneThisYear: number; due: number };
  rows: CoverageRow[];
}

export const SIGNING_AUDIT_FIELDS: AuditFields = {
  residentName: { label: '老人' },
  team: { label: '签约团队' },
  doctor: { label: '家庭医生' },
  signedOn: { label: '签约日期' },
  expiresOn: { label: '到期日期' },
  package: { label: '服务包' },
  deletedReason: { label: '删除原因' },
};
