import type { WriteContext } from '../api/context.ts';
import type { Db } from '../../db/open.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireAgreement, requireVisit } from './queries.ts';
import type { AgreementRow, RecordVisitInput, VisitDetail } from './schema.ts';

interface ResidentStay {
  id: number;
  name: string;
  admission_date: string;
  left_on: string | null;
  deleted_at: string | null;
}

/**
 * The checks a schema cannot make: the services are this agreement's, the day is inside its term (or the visit
 * is marked unplanned), not in the future, and every resident listed was in residence that day.
 */
export function checkVisit(db: Db, agreement: AgreementRow, input: RecordVisitInput, today: string): { counted: boolean } {
  if (input.visitOn > today) throw invalid('来访日期不能晚于今天', 'visitOn');
  const own = new Set(agreement.services.map((s) => s.id));
  input.serviceIds.forEach((id, i) => {
    if (!own.has(id)) throw invalid('勾选的服务不属于这份协议，请刷新后再试', `serviceIds.${i}`);
  });
  const inTerm = input.visitOn >= agreement.startsOn && input.visitOn <= agreement.endsOn;
  if (!inTerm && !input.unplanned) {
    throw invalid(
      `来访日期 ${input.visitOn} 不在协议期（${agreement.startsOn} 至 ${agreement.endsOn}）内；如确为协议外的临时来访，请勾选“协议外临时来访”（不计入履约）`,
      'visitOn',
    );
  }
  const find = stmt<ResidentStay>(db, 'SELECT id, name, admission_date, left_on, deleted_at FROM residents WHERE id = ?');
  input.residents.forEach((r, i) => {
    const stay = find.get(r.residentId);
    const field = `residents.${i}.residentId`;
    if (!stay || stay.deleted_at !== null) throw invalid('列出的老人不存在，请重新选择', field);
    if (stay.admission_date > input.visitOn) throw invalid(`${stay.name} ${stay.admission_date} 才入住，${input.visitOn} 不在院，不能列入这次来访`, field);
    if (stay.left_on !== null && stay.left_on < input.visitOn) throw invalid(`${stay.name} 已于 ${stay.left_on} 离院，${input.visitOn} 不在院，不能列入这次来访`, field);
  });
  return { counted: inTerm };
}

/**
 * 登记巡诊 / 服务记录: who came, what was delivered, whom they saw and what was done for each; signed off by the
 * nurse recording it. One audited change for the whole visit (15 residents are one row, not 15).
 */
export function recordVisit(ctx: WriteContext, input: RecordVisitInput): VisitDetail {
  const agreement = requireAgreement(ctx.db, input.agreementId, ctx.today);
  const { counted } = checkVisit(ctx.db, agreement, input, ctx.today);
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO centre_visits (agreement_id, visit_on, starts_at, ends_at, unplanned, counted, notes, signed_off_by, signed_off_by_name, created_at, updated_at)
     VALUES (@agreementId, @visitOn, @startsAt, @endsAt, @unplanned, @counted, @notes, @userId, @userName, @at, @at)`,
  ).run({
    agreementId: input.agreementId,
    visitOn: input.visitOn,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    unplanned: input.unplanned ? 1 : 0,
    counted: counted ? 1 : 0,
    notes: input.notes,
    userId: ctx.actor.userId,
    userName: ctx.actor.name,
    at,
  });
  const id = Number(lastInsertRowid);
  const staff = stmt(ctx.db, 'INSERT INTO centre_visit_staff (visit_id, position, name, role, licence_no) VALUES (?, ?, ?, ?, ?)');
  input.staff.forEach((s, i) => staff.run(id, i, s.name, s.role, s.licenceNo));
  const service = stmt(ctx.db, 'INSERT INTO centre_visit_services (visit_id, service_id) VALUES (?, ?)');
  for (const s of input.serviceIds) service.run(id, s);
  const seen = stmt(
    ctx.db,
    `INSERT INTO centre_visit_residents (visit_id, resident_id, position, note, systolic, diastolic, pulse, annual_exam)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  input.residents.forEach((r, i) => seen.run(id, r.residentId, i, r.note, r.systolic, r.diastolic, r.pulse, r.annualExam ? 1 : 0));
  const after = requireVisit(ctx.db, id);
  ctx.audit({
    entity: 'centreVisit',
    entityId: id,
    summary: `登记来访：${agreement.partnerName} ${input.visitOn} ${input.startsAt}，诊视 ${input.residents.length} 位老人${input.unplanned ? '（协议外临时来访）' : ''}`,
    after: visitAuditView(after),
  });
  return after;
}

/** A visit in the audit log: one compact record, residents as one line each. */
export function visitAuditView(v: VisitDetail) {
  return {
    partnerName: v.partnerName,
    visitOn: v.visitOn,
    time: v.endsAt ? `${v.startsAt}–${v.endsAt}` : v.startsAt,
    unplanned: v.unplanned,
    staff: v.staff.map((s) => `${s.name}（${s.role}${s.licenceNo ? `，${s.licenceNo}` : ''}）`),
    services: v.services.map((s) => s.name).join('、'),
    residents: v.residents.map((r) => `${r.name}${r.systolic !== null ? ` 血压 ${r.systolic}/${r.diastolic}` : ''}${r.pulse !== null ? ` 脉搏 ${r.pulse}` : ''}${r.note ? `：${r.note}` : ''}`),
    notes: v.notes,
    signedOffByName: v.signedOffByName,
  };
}
