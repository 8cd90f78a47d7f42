import type { WriteContext } from '../api/context.ts';
import { requireResident } from '../residents/queries.ts';
import { bedLabel } from '../beds/schema.ts';
import { conflict, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { readingText } from './format.ts';
import { absenceOf, glucoseKindOf, tempSiteOf, valuesOf, VITAL_COLUMNS, type VitalDbRow } from './storage.ts';
import { localDateOf, localTimeOf } from './time.ts';

function findReading(ctx: WriteContext, residentId: number, takenAt: number) {
  const resident = requireResident(ctx.db, residentId);
  const row = stmt<VitalDbRow>(ctx.db, `SELECT ${VITAL_COLUMNS} FROM vital_signs v WHERE v.resident_id = ? AND v.taken_at = ?`).get(residentId, takenAt);
  if (!row) throw notFound('这条测量记录');
  const label = `${bedLabel(resident.room, resident.bed_no)}床 ${resident.name}`;
  const at = `${localDateOf(takenAt)} ${localTimeOf(takenAt)}`;
  const reading = readingText(valuesOf(row), { tempSite: tempSiteOf(row.temp_site), glucoseKind: glucoseKindOf(row.glucose_kind), absence: absenceOf(row.absence) });
  return { row, label, at, reading };
}

/**
 * 删除 a reading entered in error (the wrong resident, a slip nobody caught): it is kept, marked deleted with the
 * reason, left out of charts, lists and filings, and can be restored. A printed list may have shown it.
 */
export function removeReading(ctx: WriteContext, input: { residentId: number; takenAt: number; reason: string }) {
  const { row, label, at, reading } = findReading(ctx, input.residentId, input.takenAt);
  if (row.deleted_at !== null) throw conflict('这条测量记录已经删除了');
  stmt(ctx.db, 'UPDATE vital_signs SET deleted_at = ?, deleted_reason = ? WHERE resident_id = ? AND taken_at = ?').run(
    ctx.now.toISOString(),
    input.reason,
    input.residentId,
    input.takenAt,
  );
  ctx.audit({
    entity: 'vitalSign',
    entityId: input.residentId,
    summary: `删除生命体征记录：${label}（${at}）${reading}；原因：${input.reason}`,
    before: { resident: label, at, reading, status: '有效' },
    after: { resident: label, at, reading, status: '已删除', deletedReason: input.reason },
  });
  return { residentId: input.residentId, takenAt: input.takenAt, deleted: true };
}

/** 恢复 a deleted reading (the director's): back in charts and lists as it was. */
export function restoreReading(ctx: WriteContext, input: { residentId: number; takenAt: number }) {
  const { row, label, at, reading } = findReading(ctx, input.residentId, input.takenAt);
  if (row.deleted_at === null) throw conflict('这条测量记录没有被删除，无需恢复');
  stmt(ctx.db, 'UPDATE vital_signs SET deleted_at = NULL, deleted_reason = NULL WHERE resident_id = ? AND taken_at = ?').run(input.residentId, input.takenAt);
  ctx.audit({
    entity: 'vitalSign',
    entityId: input.residentId,
    summary: `恢复生命体征记录：${label}（${at}）${reading}`,
    before: { resident: label, at, reading, status: '已删除', deletedReason: row.deleted_reason },
    after: { resident: label, at, reading, status: '有效' },
  });
  return { residentId: input.residentId, takenAt: input.takenAt, deleted: false };
}
