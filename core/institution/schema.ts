import { z, requiredText, optionalText, isoDate, phone, intInRange } from '../shared/fields.ts';
import { parseCreditCode } from '../shared/creditCode.ts';
import { normalizeCode } from '../shared/idcard.ts';
import type { AuditFields } from '../audit/define.ts';

export const creditCodeField = z
  .string({ error: (i) => (i.input === undefined ? '请填写统一社会信用代码' : '统一社会信用代码应为文字') })
  .max(40, '统一社会信用代码应为 18 位')
  .transform(normalizeCode)
  .superRefine((value, ctx) => {
    const result = parseCreditCode(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  });

/** 机构信息. Licensed beds bound the rule checks that depend on size (002 (一), 004 第1条). */
export const institutionInput = z
  .object({
    name: requiredText('机构名称', 60),
    creditCode: creditCodeField,
    address: requiredText('机构地址', 120),
    regionCode: requiredText('适用地区', 40),
    licensedBeds: intInRange('核定床位数', 1, 3000),
    openedOn: isoDate('开业日期'),
    civilAffairsFilingNo: optionalText('民政备案号', 50),
    directorName: requiredText('院长（负责人）姓名', 30),
    phone: phone('机构电话', false),
    idleLockMinutes: intInRange('无操作自动锁定时间（分钟）', 1, 240).default(15),
  })
  .strict();
export type InstitutionInput = z.output<typeof institutionInput>;

export interface Institution extends InstitutionInput {
  isDemo: boolean;
  regionName: string;
  createdAt: string;
  updatedAt: string;
}

/** 机构信息 in the audit log: the region by its name, not its profile code. */
export const INSTITUTION_AUDIT_FIELDS: AuditFields = {
  name: { label: '机构名称' },
  creditCode: { label: '统一社会信用代码' },
  address: { label: '机构地址' },
  regionName: { label: '适用地区' },
  licensedBeds: { label: '核定床位数', show: (v) => `${String(v)} 张` },
  openedOn: { label: '开业日期' },
  civilAffairsFilingNo: { label: '民政备案号' },
  directorName: { label: '院长（负责人）' },
  phone: { label: '机构电话' },
  idleLockMinutes: { label: '无操作自动锁定', show: (v) => `${String(v)} 分钟` },
};
