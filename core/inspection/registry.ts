import type { RecordCheck } from './define.ts';
import type { PaperRecord } from './schema.ts';
import { assessmentsCurrent } from './records/assessmentsCurrent.ts';
import { healthRecords } from './records/healthRecords.ts';
import { incidentsReported } from './records/incidentsReported.ts';
import { prescriptions } from './records/prescriptions.ts';
import { missedDoses } from './records/missedDoses.ts';
import { staffLicences } from './records/staffLicences.ts';
import { wasteRegister } from './records/wasteRegister.ts';
import { disinfectionLog } from './records/disinfectionLog.ts';
import { centreAgreement } from './records/centreAgreement.ts';

/**
 * The reference's inspection checklist (designation-and-filings.md §6.2) as record checks, in the checklist's order:
 * 民政, then 卫健. The rule checker's rules (core/policy/checks/registry.ts) run beside these; a new record check is
 * one file in records/ and one line here.
 */
export const RECORD_CHECKS: readonly RecordCheck<unknown>[] = [
  assessmentsCurrent,
  healthRecords,
  incidentsReported,
  staffLicences,
  prescriptions,
  missedDoses,
  wasteRegister,
  disinfectionLog,
  centreAgreement,
] as RecordCheck<never>[] as RecordCheck<unknown>[];

/**
 * What §6.2 asks to see that the app does not keep: the inspection finds them on paper. Listed on the screen and in
 * the print so the director brings them; never shown as passed.
 */
export const PAPER_RECORDS: readonly PaperRecord[] = [
  { authority: '民政', record: '24 小时值班与交接班记录、视频监控录像的保存', basis: '《养老机构管理办法》第二十八条' },
  { authority: '民政', record: '突发事件应急预案与演练记录', basis: '《养老机构管理办法》第三十一条' },
  { authority: '民政', record: '入院前服务安全风险评估（GB 38600 九防）及昼夜巡查记录', basis: 'GB 38600-2019 安全风险评估、基本要求（参考资料 §3.3）' },
  { authority: '卫健', record: '医疗机构执业许可证或备案凭证原件（张贴）', basis: '004 第1–3条；参考资料 §4.3' },
  // The 医保 agreement and its change reports are kept in the designation area (its rules run above); the fund's settlements are not.
  { authority: '医保', record: '医保结算与对账清单、财务账目、会计凭证（已定点的）', basis: '参考资料 §1.9、§6.2 医保' },
];
