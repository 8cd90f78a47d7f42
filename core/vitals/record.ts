import type { WriteContext } from '../api/context.ts';
import { requireResident } from '../residents/queries.ts';
import { bedLabel } from '../beds/schema.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { unusualValues, type ReadingValues } from './measures.ts';
import { FLAG_MEASURES } from './flags.ts';
import { flaggedValueText, readingText } from './format.ts';
import { homeRanges } from './thresholds.ts';
import { latestHeight, userNames } from './people.ts';
import { glucoseKindCode, storedValues, tempSiteCode, toReading, VITAL_COLUMNS, type VitalDbRow } from './storage.ts';
import { localTimeOf, minuteOf, minuteOfInstant } from './time.ts';
import type { Reading, RecordInput } from './schema.ts';

const LEAVE_WORDS = { discharged: '离院', deceased: '去世' } as const;

/**
 * 单独录入: one resident's reading at a time of its own (a check between rounds, a height for BMI). For a
 * resident who has left it is a 补录 (late entry): allowed only up to the day they left, and only with a reason,
 * which is stored with the reading and in the log.
 */
export function recordReading(ctx: WriteContext, input: RecordInput): Reading {
  const { db } = ctx;
  const resident = requireResident(db, input.residentId);
  const label = `${bedLabel(resident.room, resident.bed_no)}床 ${resident.name}`;
  if (input.date > ctx.today) throw invalid(`测量日期不能晚于今天（${ctx.today}）`, 'date');
  const takenAt = minuteOf(input.date, input.time);
  if (takenAt > minuteOfInstant(ctx.now)) throw invalid(`测量时间 ${input.date} ${input.time} 还没到，不能录入将来的测量`, 'time');
  if (input.date < resident.admission_date) throw invalid(`测量日期不能早于入住日期（${resident.admission_date}）`, 'date');
  const late = resident.status !== 'in_residence';
  if (late && resident.left_on !== null) {
    const left = `${resident.left_on} ${LEAVE_WORDS[resident.status as 'discharged' | 'deceased']}`;
    if (input.date > resident.left_on) throw invalid(`${resident.name} 已于 ${left}，不能录入此后的测量`, 'date');
    if (input.lateReason === '') throw invalid(`${resident.name} 已于 ${left}：补录离院老人的测量，请填写补录原因`, 'lateReason');
  }
  const values: ReadingValues = input;
  if (!input.confirmUnusual) {
    const unusual = unusualValues(values).map((u) => u.message);
    if (unusual.length > 0) throw conflict(`以下数值超出常见范围，请核对：${unusual.join('；')}。确认无误请点“确认保存”。`, 'confirmUnusual');
  }
  const old = stmt<VitalDbRow>(db, `SELECT ${VITAL_COLUMNS} FROM vital_signs v WHERE v.resident_id = ? AND v.taken_at = ?`).get(input.residentId, takenAt);
  if (old && old.deleted_at === null) {
    throw conflict(`${resident.name} 在 ${input.date} ${localTimeOf(takenAt)} 已有一条测量记录，请改一下测量时间`, 'time');
  }
  const s = storedValues(values);
  const row = {
    ...s,
    residentId: input.residentId,
    takenAt,
    tempSite: s.temp === null ? null : tempSiteCode(input.tempSite),
    glucoseKind: s.glucose === null ? null : glucoseKindCode(input.glucoseKind),
    note: input.note === '' ? null : input.note,
    lateReason: input.lateReason === '' ? null : input.lateReason,
    by: ctx.actor.userId,
  };
  if (old) {
    // The minute held a reading taken back earlier: this one takes its place; the log keeps both.
    stmt(
      db,
      `UPDATE vital_signs SET round_id = NULL, sbp = @sbp, dbp = @dbp, pulse = @pulse, temp = @temp, temp_site = @tempSite, resp = @resp,
         spo2 = @spo2, glucose = @glucose, glucose_kind = @glucoseKind, weight = @weight, height = @height, absence = NULL, note = @note,
         late_reason = @lateReason, recorded_by = @by, deleted_at = NULL, deleted_reason = NULL
       WHERE resident_id = @residentId AND taken_at = @takenAt`,
    ).run(row);
  } else {
    stmt(
      db,
      `INSERT INTO vital_signs (resident_id, taken_at, sbp, dbp, pulse, temp, temp_site, resp, spo2, glucose, glucose_kind, weight, height, note, late_reason, recorded_by)
       VALUES (@residentId, @takenAt, @sbp, @dbp, @pulse, @temp, @tempSite, @resp, @spo2, @glucose, @glucoseKind, @weight, @height, @note, @lateReason, @by)`,
    ).run(row);
  }
  const saved = stmt<VitalDbRow>(db, `SELECT ${VITAL_COLUMNS} FROM vital_signs v WHERE v.resident_id = ? AND v.taken_at = ?`).get(input.residentId, takenAt)!;
  const reading = toReading(saved, homeRanges(db).ranges, latestHeight(db, input.residentId), userNames(db));
  const text = readingText(reading.values, reading);
  const abnormal = reading.flags.map((f) => `${FLAG_MEASURES[f.measure]} ${flaggedValueText(f, reading.values, reading.bmi)}（${f.label}）`);
  ctx.audit({
    entity: 'vitalSign',
    entityId: input.residentId,
    summary: `${late ? '补录' : '录入'}生命体征：${label}（${input.date} ${input.time}）${text}${abnormal.length > 0 ? `；异常：${abnormal.join('，')}` : ''}${late ? `；补录原因：${input.lateReason}` : ''}`,
    after: { resident: label, at: `${input.date} ${input.time}`, reading: text, abnormal, note: input.note, lateReason: input.lateReason },
  });
  return reading;
}
