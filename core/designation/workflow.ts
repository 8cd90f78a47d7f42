import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { addMonths, daysBetween } from '../shared/dayMath.ts';
import { requireAttachment } from '../attachments/queries.ts';
import type { z } from 'zod';
import type { Eligibility } from './eligibility.ts';
import { missingMandatory, materialStates, type MaterialState } from './materials.ts';
import type { MaterialDef } from './define.ts';
import { evaluationClock, type EvaluationLimit } from './clock.ts';
import { applications, findApplication } from './queries.ts';
import { currentFacts, detectChanges, REPORTABLE, type Facts, type ReportableField } from './changes.ts';
import {
  APPLICATION_KINDS,
  APPLICATION_STATUS,
  type ApplicationKind,
  type ApplicationRow,
  type ApplicationStatus,
  type createApplicationInput,
  type exitInput,
  type materialAttachInput,
  type outcomeInput,
  type signInput,
  type submitInput,
  type supplementRequestInput,
  type supplementSuppliedInput,
  type suspendInput,
} from './schema.ts';

/** The profile values a step needs (core/designation/define.ts), handed in by the handler. */
export interface Terms {
  evaluation: EvaluationLimit;
  changeReportWorkingDays: number;
  retryAfterFailMonths: number;
  renewalLeadMonths: number;
  maxSuspensionDays: number;
  exitNoticeMonths: number;
}

function requireApplication(db: Db, id: number): ApplicationRow {
  const app = findApplication(db, id);
  if (!app) throw notFound('这份定点申请');
  return app;
}

function expect(app: ApplicationRow, ...statuses: ApplicationStatus[]) {
  if (!statuses.includes(app.status)) {
    throw conflict(`这份申请当前为“${APPLICATION_STATUS[app.status]}”，不能进行此操作（应为：${statuses.map((s) => APPLICATION_STATUS[s]).join('、')}）。`);
  }
}

function notFuture(ctx: WriteContext, date: string, label: string, field: string) {
  if (date > ctx.today) throw invalid(`${label}不能晚于今天（${ctx.today}）`, field);
}

function record(ctx: WriteContext, id: number, summary: string, before: ApplicationRow) {
  stmt(ctx.db, 'UPDATE designation_applications SET updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), id);
  const after = requireApplication(ctx.db, id);
  const { supplements: _b, ...b } = before;
  const { supplements: _a, ...a } = after;
  ctx.audit({ entity: 'designationApplication', entityId: id, summary: `${APPLICATION_KINDS[after.kind]}申请 ${id}：${summary}`, before: b, after: a });
  return after;
}

/** 新建申请 (草稿). One open application of a kind at a time. */
export function createApplication(ctx: WriteContext, input: z.output<typeof createApplicationInput>) {
  const open = applications(ctx.db, input.kind).find((a) => ['draft', 'ready', 'evaluating', 'passed'].includes(a.status));
  if (open) throw conflict(`已有一份进行中的${APPLICATION_KINDS[input.kind]}申请（${APPLICATION_STATUS[open.status]}），请先办完它。`);
  const at = ctx.now.toISOString();
  const title = input.title || `${APPLICATION_KINDS[input.kind]}申请`;
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO designation_applications (kind, status, title, created_at, updated_at) VALUES (?, 'draft', ?, ?, ?)`,
  ).run(input.kind, title, at, at);
  const after = requireApplication(ctx.db, Number(lastInsertRowid));
  const { supplements: _s, ...a } = after;
  ctx.audit({ entity: 'designationApplication', entityId: after.id, summary: `新建${APPLICATION_KINDS[input.kind]}申请（草稿）`, after: a });
  return after;
}

/** Draft or 材料齐全, as the materials stand now: the status follows the checklist. */
function settleReadiness(ctx: WriteContext, app: ApplicationRow, states: readonly MaterialState[]) {
  if (app.status !== 'draft' && app.status !== 'ready') return;
  const next: ApplicationStatus = missingMandatory(states).length ? 'draft' : 'ready';
  if (next !== app.status) stmt(ctx.db, 'UPDATE designation_applications SET status = ? WHERE id = ?').run(next, app.id);
}

/** Attaches (or removes, with null) the scan of one material; the status follows the checklist. */
export function attachMaterial(ctx: WriteContext, input: z.output<typeof materialAttachInput>, defs: readonly MaterialDef[]) {
  const app = requireApplication(ctx.db, input.id);
  expect(app, 'draft', 'ready', 'evaluating');
  const def = defs.find((d) => d.key === input.key);
  if (!def) throw invalid('本地区的材料清单中没有这项材料', 'key');
  if (input.attachmentId !== null) requireAttachment(ctx.db, input.attachmentId);
  stmt(
    ctx.db,
    `INSERT INTO designation_materials (application_id, key, attachment_id, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (application_id, key) DO UPDATE SET attachment_id = excluded.attachment_id, updated_at = excluded.updated_at`,
  ).run(app.id, input.key, input.attachmentId, ctx.now.toISOString());
  settleReadiness(ctx, app, materialStates(ctx.db, app.id, defs, ctx.today));
  return record(ctx, app.id, input.attachmentId === null ? `移除材料“${def.title}”的扫描件` : `附上材料“${def.title}”的扫描件（附件 ${input.attachmentId}）`, app);
}

/** The last failed evaluation of this kind and the first day a new application may be handed in after it. */
export function retryAfterFail(db: Db, kind: ApplicationKind, months: number): { failedOn: string; retryFrom: string } | null {
  const failed = applications(db, kind).filter((a) => a.status === 'failed' && a.outcomeOn).at(-1);
  return failed ? { failedOn: failed.outcomeOn!, retryFrom: addMonths(failed.outcomeOn!, months) } : null;
}

/**
 * 提交申请并受理: refused, with every reason, when the clinic may not apply yet (医保 only; the eligibility comes
 * from the rule checker), when a failed evaluation's waiting time has not passed, when a mandatory material is
 * missing, or when a date lies in the future.
 */
export function submitApplication(ctx: WriteContext, input: z.output<typeof submitInput>, eligibility: Eligibility | null, defs: readonly MaterialDef[], terms: Terms) {
  const app = requireApplication(ctx.db, input.id);
  expect(app, 'draft', 'ready');
  notFuture(ctx, input.submittedOn, '提交日期', 'submittedOn');
  notFuture(ctx, input.acceptedOn, '受理日期', 'acceptedOn');
  const reasons: string[] = [];
  if (eligibility && !eligibility.eligible) {
    reasons.push(...eligibility.reasons);
    if (eligibility.eligibleFrom) reasons.push(`最早 ${eligibility.eligibleFrom} 可以申请。`);
  }
  const retry = retryAfterFail(ctx.db, app.kind, terms.retryAfterFailMonths);
  if (retry && input.submittedOn < retry.retryFrom) {
    reasons.push(`上次评估不合格（${retry.failedOn}），整改后 ${terms.retryAfterFailMonths} 个月方可再申请：最早 ${retry.retryFrom}。`);
  }
  const missing = missingMandatory(materialStates(ctx.db, app.id, defs, ctx.today));
  if (missing.length) reasons.push(`缺少必备材料：${missing.map((m) => `${m.title}${m.note ? `（${m.note}）` : ''}`).join('、')}。`);
  if (reasons.length) throw invalid(`现在不能提交申请：\n${reasons.map((r, i) => `${i + 1}. ${r}`).join('\n')}`);
  stmt(ctx.db, `UPDATE designation_applications SET status = 'evaluating', submitted_on = ?, accepted_on = ? WHERE id = ?`).run(
    input.submittedOn,
    input.acceptedOn,
    app.id,
  );
  return record(ctx, app.id, `提交（${input.submittedOn}），经办机构受理（${input.acceptedOn}），进入评估`, app);
}

/** 补充材料通知: the evaluation clock stops from this day until the materials are supplied. */
export function requestSupplement(ctx: WriteContext, input: z.output<typeof supplementRequestInput>) {
  const app = requireApplication(ctx.db, input.id);
  expect(app, 'evaluating');
  notFuture(ctx, input.requestedOn, '通知补充材料日期', 'requestedOn');
  if (input.requestedOn < app.acceptedOn!) throw invalid(`通知补充材料日期不能早于受理日期（${app.acceptedOn}）`, 'requestedOn');
  if (app.supplements.some((s) => s.suppliedOn === null)) throw conflict('上一次补充材料尚未补齐，请先登记补齐日期。');
  stmt(ctx.db, 'INSERT INTO designation_supplements (application_id, requested_on, note) VALUES (?, ?, ?)').run(app.id, input.requestedOn, input.note);
  return record(ctx, app.id, `经办机构通知补充材料（${input.requestedOn}）：${input.note}；评估计时暂停`, app);
}

export function supplySupplement(ctx: WriteContext, input: z.output<typeof supplementSuppliedInput>) {
  const row = stmt<{ application_id: number; requested_on: string; supplied_on: string | null }>(
    ctx.db,
    'SELECT application_id, requested_on, supplied_on FROM designation_supplements WHERE id = ?',
  ).get(input.supplementId);
  if (!row) throw notFound('这次补充材料通知');
  const app = requireApplication(ctx.db, row.application_id);
  expect(app, 'evaluating');
  if (row.supplied_on !== null) throw conflict('这次补充材料已登记补齐。');
  notFuture(ctx, input.suppliedOn, '补齐日期', 'suppliedOn');
  if (input.suppliedOn < row.requested_on) throw invalid(`补齐日期不能早于通知日期（${row.requested_on}）`, 'suppliedOn');
  stmt(ctx.db, 'UPDATE designation_supplements SET supplied_on = ? WHERE id = ?').run(input.suppliedOn, input.supplementId);
  return record(ctx, app.id, `补充材料已补齐（${input.suppliedOn}），评估计时恢复（暂停 ${daysBetween(row.requested_on, input.suppliedOn)} 天）`, app);
}

/** 评估结论: 合格 (then the agreement) or 不合格 with the reasons and the 整改. */
export function recordOutcome(ctx: WriteContext, input: z.output<typeof outcomeInput>, terms: Terms) {
  const app = requireApplication(ctx.db, input.id);
  expect(app, 'evaluating');
  notFuture(ctx, input.outcomeOn, '结论日期', 'outcomeOn');
  if (input.outcomeOn < app.submittedOn!) throw invalid(`结论日期不能早于提交日期（${app.submittedOn}）`, 'outcomeOn');
  if (input.outcomeOn < app.acceptedOn!) throw invalid(`结论日期不能早于受理日期（${app.acceptedOn}）`, 'outcomeOn');
  if (app.supplements.some((s) => s.suppliedOn === null)) throw conflict('补充材料尚未补齐，请先登记补齐日期。');
  stmt(ctx.db, 'UPDATE designation_applications SET status = ?, outcome_on = ?, reasons = ?, rectification = ? WHERE id = ?').run(
    input.outcome,
    input.outcomeOn,
    input.outcome === 'failed' ? input.reasons : '',
    input.outcome === 'failed' ? input.rectification : '',
    app.id,
  );
  const words =
    input.outcome === 'passed'
      ? `评估合格（${input.outcomeOn}）`
      : `评估不合格（${input.outcomeOn}）：${input.reasons}；最早 ${addMonths(input.outcomeOn, terms.retryAfterFailMonths)} 可再申请`;
  return record(ctx, app.id, words, app);
}

/** 签订协议: number and term; renewal is due so many months before it ends. */
export function signAgreement(ctx: WriteContext, input: z.output<typeof signInput>) {
  const app = requireApplication(ctx.db, input.id);
  expect(app, 'passed');
  if (input.agreementFrom < app.outcomeOn!) throw invalid(`协议起始日期不能早于评估结论日期（${app.outcomeOn}）`, 'agreementFrom');
  stmt(
    ctx.db,
    `UPDATE designation_applications SET status = 'signed', agreement_no = ?, agreement_from = ?, agreement_to = ?, signed_facts = ?, signed_at = ? WHERE id = ?`,
  ).run(input.agreementNo, input.agreementFrom, input.agreementTo, JSON.stringify(currentFacts(ctx.db)), ctx.now.toISOString(), app.id);
  return record(ctx, app.id, `签订协议 ${input.agreementNo}（${input.agreementFrom} 至 ${input.agreementTo}）`, app);
}

/** 申请中止协议: at most so many days (第四十二条); not asking to resume in time ends the agreement. */
export function suspendAgreement(ctx: WriteContext, input: z.output<typeof suspendInput>, terms: Terms) {
  const app = requireApplication(ctx.db, input.id);
  expect(app, 'signed');
  const days = daysBetween(input.suspendedFrom, input.suspendedUntil);
  if (days > terms.maxSuspensionDays) throw invalid(`中止原则上不超过 ${terms.maxSuspensionDays} 天（所填为 ${days} 天）`, 'suspendedUntil');
  if (input.suspendedFrom < app.agreementFrom!) throw invalid(`中止起始日期不能早于协议起始日期（${app.agreementFrom}）`, 'suspendedFrom');
  stmt(ctx.db, `UPDATE designation_applications SET status = 'suspended', suspended_from = ?, suspended_until = ? WHERE id = ?`).run(
    input.suspendedFrom,
    input.suspendedUntil,
    app.id,
  );
  return record(ctx, app.id, `协议中止（${input.suspendedFrom} 起，预计 ${input.suspendedUntil} 恢复，${days} 天）`, app);
}

export function resumeAgreement(ctx: WriteContext, id: number) {
  const app = requireApplication(ctx.db, id);
  expect(app, 'suspended');
  stmt(ctx.db, `UPDATE designation_applications SET status = 'signed' WHERE id = ?`).run(id);
  return record(ctx, id, `协议恢复（${ctx.today}）`, app);
}

/** 申请退出: so many months' notice (第四十四条). */
export function exitAgreement(ctx: WriteContext, input: z.output<typeof exitInput>, terms: Terms) {
  const app = requireApplication(ctx.db, input.id);
  expect(app, 'signed', 'suspended');
  const earliest = addMonths(input.exitNoticeOn, terms.exitNoticeMonths);
  if (input.exitOn < earliest) throw invalid(`退出须提前 ${terms.exitNoticeMonths} 个月提出：${input.exitNoticeOn} 提出的，最早 ${earliest} 退出`, 'exitOn');
  stmt(ctx.db, `UPDATE designation_applications SET status = 'ended', exit_notice_on = ?, exit_on = ? WHERE id = ?`).run(input.exitNoticeOn, input.exitOn, app.id);
  return record(ctx, app.id, `提出退出（${input.exitNoticeOn}），${input.exitOn} 退出`, app);
}

/** One application as the screen shows it: the row, its clock, renewal, re-application and its materials. */
export function applicationView(db: Db, app: ApplicationRow, defs: readonly MaterialDef[], terms: Terms, today: string) {
  const clock = app.status === 'evaluating' && app.acceptedOn ? evaluationClock(app.acceptedOn, terms.evaluation, app.supplements, today) : null;
  const renewalDue = app.agreementTo ? addMonths(app.agreementTo, -terms.renewalLeadMonths) : null;
  const retryFrom = app.status === 'failed' && app.outcomeOn ? addMonths(app.outcomeOn, terms.retryAfterFailMonths) : null;
  const materials = materialStates(db, app.id, defs, today);
  return { ...app, clock, renewalDue, retryFrom, materials, missing: missingMandatory(materials).map((m) => m.title), changes: changesOf(db, app, terms) };
}

/** Major-information changes since the agreement was signed, not yet reported (第四十条). */
export function changesOf(db: Db, app: ApplicationRow, terms: Terms) {
  if (app.status !== 'signed' && app.status !== 'suspended') return [];
  const row = stmt<{ signed_facts: string | null; signed_at: string | null }>(db, 'SELECT signed_facts, signed_at FROM designation_applications WHERE id = ?').get(app.id);
  if (!row?.signed_facts || !row.signed_at) return [];
  return detectChanges(db, app.id, JSON.parse(row.signed_facts) as Facts, row.signed_at, terms.changeReportWorkingDays);
}

/** 已申报变更: the agency has been told of this change (its current value) on this day. */
export function markChangeReported(ctx: WriteContext, input: { id: number; field: string; reportedOn: string }, terms: Terms) {
  const app = requireApplication(ctx.db, input.id);
  notFuture(ctx, input.reportedOn, '申报日期', 'reportedOn');
  const change = changesOf(ctx.db, app, terms).find((c) => c.field === input.field);
  if (!change) throw conflict('这项变更已申报，或已不再有变化。');
  const value = JSON.stringify(currentFacts(ctx.db)[input.field as ReportableField]);
  stmt(ctx.db, 'INSERT INTO designation_change_reports (application_id, field, value, reported_on, created_at) VALUES (?, ?, ?, ?, ?)').run(
    app.id,
    input.field,
    value,
    input.reportedOn,
    ctx.now.toISOString(),
  );
  return record(ctx, app.id, `${REPORTABLE[input.field as ReportableField].label}变更（${change.before} → ${change.after}）已于 ${input.reportedOn} 向经办机构申报`, app);
}
export type ApplicationView = ReturnType<typeof applicationView>;
