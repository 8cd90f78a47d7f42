import type { WriteContext } from '../api/context.ts';
import type { Db } from '../../db/open.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import { findInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import { daysIncluded } from './periods.ts';
import { requireAgreement } from './queries.ts';
import type { CloseHomeBedInput, HomeBedRow, HomeBeds, OpenHomeBedInput } from './schema.ts';

interface HomeBedDbRow {
  id: number;
  resident_id: number;
  resident_name: string;
  room: string;
  bed_no: string;
  agreement_id: number;
  partner_name: string;
  opened_on: string;
  reason: string;
  doctor: string;
  closed_on: string | null;
  close_reason: string;
  visits: number;
  last_visit_on: string | null;
}

const SELECT = `
  SELECT h.id, h.resident_id, r.name AS resident_name, b.room, b.bed_no, h.agreement_id, a.partner_name, h.opened_on, h.reason, h.doctor,
         h.closed_on, h.close_reason,
         (SELECT count(*) FROM centre_visit_residents x JOIN centre_visits v ON v.id = x.visit_id
          WHERE x.resident_id = h.resident_id AND v.deleted_at IS NULL AND v.counted = 1
            AND v.visit_on BETWEEN h.opened_on AND min(coalesce(h.closed_on, @today), @today)) AS visits,
         (SELECT max(v.visit_on) FROM centre_visit_residents x JOIN centre_visits v ON v.id = x.visit_id
          WHERE x.resident_id = h.resident_id AND v.deleted_at IS NULL AND v.counted = 1
            AND v.visit_on BETWEEN h.opened_on AND min(coalesce(h.closed_on, @today), @today)) AS last_visit_on
  FROM home_beds h JOIN residents r ON r.id = h.resident_id JOIN beds b ON b.id = r.bed_id JOIN agreements a ON a.id = h.agreement_id`;

/** The region's home-bed frequency (南京: 2 a week, 000 三（二）), or null. */
export function homeBedRule(db: Db): HomeBeds['rule'] {
  const institution = findInstitution(db);
  const profile = institution && findProfile(institution.regionCode);
  const rule = profile?.rules.homeBedVisits;
  if (!profile || !rule) return null;
  return {
    perWeek: rule.value.perWeek,
    text: `家庭病床每周上门 ${rule.value.perWeek} 次`,
    cite: citeText(rule.cite),
    unverified: rule.unverified === true,
    profile: profile.name,
    note: rule.note ?? null,
  };
}

/** Home visits owed over the days a bed was open, by the weekly frequency, rounded down like 服务到位. */
export function expectedHomeVisits(perWeek: number, openedOn: string, lastDay: string): number {
  return Math.floor((perWeek * daysIncluded(openedOn, lastDay)) / 7 + 1e-9);
}

function toRow(r: HomeBedDbRow, perWeek: number | null, today: string): HomeBedRow {
  const last = r.closed_on !== null && r.closed_on < today ? r.closed_on : today;
  const expected = perWeek === null ? null : expectedHomeVisits(perWeek, r.opened_on, last);
  return {
    id: r.id,
    residentId: r.resident_id,
    residentName: r.resident_name,
    bedLabel: bedLabel(r.room, r.bed_no),
    agreementId: r.agreement_id,
    partnerName: r.partner_name,
    openedOn: r.opened_on,
    reason: r.reason,
    doctor: r.doctor,
    closedOn: r.closed_on,
    closeReason: r.close_reason,
    visits: r.visits,
    expected,
    gap: expected === null ? 0 : Math.max(0, expected - r.visits),
    lastVisitOn: r.last_visit_on,
  };
}

/** 家庭病床: open ones first, then closed, each with visits against the profile's frequency. */
export function listHomeBeds(db: Db, today: string): HomeBeds {
  const rule = homeBedRule(db);
  const rows = stmt<HomeBedDbRow>(db, `${SELECT} WHERE h.deleted_at IS NULL ORDER BY h.closed_on IS NOT NULL, h.opened_on DESC, h.id DESC`)
    .all({ today })
    .map((r) => toRow(r, rule?.perWeek ?? null, today));
  return { rows, rule };
}

function findHomeBed(db: Db, id: number, today: string): HomeBedRow | undefined {
  const row = stmt<HomeBedDbRow>(db, `${SELECT} WHERE h.id = @id AND h.deleted_at IS NULL`).get({ id, today });
  return row && toRow(row, homeBedRule(db)?.perWeek ?? null, today);
}

const view = (h: HomeBedRow) => ({
  residentName: h.residentName,
  partnerName: h.partnerName,
  openedOn: h.openedOn,
  reason: h.reason,
  doctor: h.doctor,
  closedOn: h.closedOn,
  closeReason: h.closeReason,
});

/** 开设家庭病床: the resident is in residence that day, the day is inside the agreement's term, and no bed of theirs is open. */
export function openHomeBed(ctx: WriteContext, input: OpenHomeBedInput): HomeBedRow {
  const agreement = requireAgreement(ctx.db, input.agreementId, ctx.today);
  if (input.openedOn > ctx.today) throw invalid('建床日期不能晚于今天', 'openedOn');
  if (input.openedOn < agreement.startsOn || input.openedOn > agreement.endsOn) {
    throw invalid(`建床日期不在协议期（${agreement.startsOn} 至 ${agreement.endsOn}）内`, 'openedOn');
  }
  const r = stmt<{ name: string; admission_date: string; left_on: string | null; deleted_at: string | null }>(
    ctx.db,
    'SELECT name, admission_date, left_on, deleted_at FROM residents WHERE id = ?',
  ).get(input.residentId);
  if (!r || r.deleted_at !== null) throw invalid('找不到这位老人，请重新选择', 'residentId');
  if (r.admission_date > input.openedOn || (r.left_on !== null && r.left_on < input.openedOn)) {
    throw invalid(`${r.name} ${input.openedOn} 不在院，不能建床`, 'openedOn');
  }
  const open = stmt<string>(ctx.db, 'SELECT opened_on FROM home_beds WHERE resident_id = ? AND deleted_at IS NULL AND closed_on IS NULL').pluck().get(input.residentId);
  if (open !== undefined) throw conflict(`${r.name} 已有 ${open} 开设的家庭病床尚未撤床`, 'residentId');
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO home_beds (resident_id, agreement_id, opened_on, reason, doctor, created_at, updated_at)
     VALUES (@residentId, @agreementId, @openedOn, @reason, @doctor, @at, @at)`,
  ).run({ ...input, at });
  const after = findHomeBed(ctx.db, Number(lastInsertRowid), ctx.today)!;
  ctx.audit({ entity: 'homeBed', entityId: after.id, summary: `开设家庭病床：${r.name}（${input.openedOn}，${input.doctor}）`, after: view(after) });
  return after;
}

/** 撤床: on a day not before it was opened and not in the future. */
export function closeHomeBed(ctx: WriteContext, input: CloseHomeBedInput): HomeBedRow {
  const before = findHomeBed(ctx.db, input.id, ctx.today);
  if (!before || before.closedOn !== null) throw notFound('这张未撤的家庭病床');
  if (input.closedOn < before.openedOn) throw invalid(`撤床日期不能早于建床日期（${before.openedOn}）`, 'closedOn');
  if (input.closedOn > ctx.today) throw invalid('撤床日期不能晚于今天', 'closedOn');
  stmt(ctx.db, 'UPDATE home_beds SET closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?').run(input.closedOn, input.closeReason, ctx.now.toISOString(), input.id);
  const after = findHomeBed(ctx.db, input.id, ctx.today)!;
  ctx.audit({ entity: 'homeBed', entityId: input.id, summary: `撤销家庭病床：${after.residentName}（${input.closedOn}）`, before: view(before), after: view(after) });
  return after;
}
