import type { WriteContext } from '../api/context.ts';
import type { ResidentRow } from '../residents/schema.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { ABSENCES, bmiOf, EMPTY_VALUES, hasAnyValue, readingProblems, SHIFTS, unusualValues, type ReadingValues } from './measures.ts';
import { FLAG_MEASURES, flagReading, type Flag } from './flags.ts';
import { flaggedValueText, readingText } from './format.ts';
import { homeRanges } from './thresholds.ts';
import { latestHeight, residentsByIds, rowLabel } from './people.ts';
import { findRound, type RoundDbRow } from './rounds.ts';
import { absenceCode, absenceOf, glucoseKindCode, glucoseKindOf, storedValues, tempSiteCode, tempSiteOf, valuesOf, VITAL_COLUMNS, type VitalDbRow } from './storage.ts';
import { minuteOf, minuteOfInstant, localTimeOf } from './time.ts';
import type { RoundRowInput, SaveRoundInput } from './schema.ts';

/** One problem of a round: the message names the row (bed and name) and the field, as the grid shows it. */
interface Problem {
  field: string;
  message: string;
}

interface Planned {
  index: number;
  row: RoundRowInput;
  resident: ResidentRow;
  label: string;
  values: ReadingValues;
  /** Neither numbers nor 外出/住院/拒测: nothing to save (or, in a correction, the reading to take back). */
  empty: boolean;
}

const LEAVE_WORDS = { discharged: '离院', deceased: '去世' } as const;

const valuesOfRow = (row: RoundRowInput): ReadingValues => ({ ...EMPTY_VALUES, ...pickValues(row) });
function pickValues(row: RoundRowInput) {
  const { sbp, dbp, pulse, temp, resp, spo2, glucose, weight } = row;
  return { sbp, dbp, pulse, temp, resp, spo2, glucose, weight };
}

/** Every row checked before anything is written: the residents, the dates, the guards of the numbers. */
function planRows(ctx: WriteContext, input: SaveRoundInput): { planned: Planned[]; problems: Problem[] } {
  const people = residentsByIds(ctx.db, input.rows.map((r) => r.residentId), ctx.today);
  const problems: Problem[] = [];
  const planned: Planned[] = [];
  const seen = new Map<number, number>();
  input.rows.forEach((row, index) => {
    const at = `rows.${index}`;
    const resident = people.get(row.residentId);
    if (!resident || resident.deletedAt !== null) {
      problems.push({ field: `${at}.residentId`, message: `第 ${index + 1} 行的老人不存在或已删除，请重新打开测量表` });
      return;
    }
    const label = rowLabel(resident);
    const first = seen.get(row.residentId);
    if (first !== undefined) {
      problems.push({ field: `${at}.residentId`, message: `${label} 在表中出现了两次（第 ${first + 1} 行和第 ${index + 1} 行）` });
      return;
    }
    seen.set(row.residentId, index);
    const values = valuesOfRow(row);
    const hasValues = hasAnyValue(values);
    for (const p of readingProblems(values)) problems.push({ field: `${at}.${p.field}`, message: `${label}：${p.message}` });
    if (row.absence && hasValues) {
      problems.push({ field: `${at}.absence`, message: `${label}：已标为“${ABSENCES[row.absence]}”，就不要再填数值（请清空数值，或改回“在院”）` });
    }
    if (!row.absence && !hasValues && row.note !== '') {
      problems.push({ field: `${at}.note`, message: `${label}：只写了备注，没有数值；没有测量请选“外出”“住院”或“拒测”` });
    }
    const empty = !row.absence && !hasValues;
    if (!empty) {
      if (input.date < resident.admissionDate) {
        problems.push({ field: `${at}.residentId`, message: `${label}：测量日期 ${input.date} 早于入住日期 ${resident.admissionDate}` });
      }
      if (resident.status !== 'in_residence' && resident.leftOn !== null) {
        const left = `${resident.leftOn} ${LEAVE_WORDS[resident.status]}`;
        if (input.date > resident.leftOn) problems.push({ field: `${at}.residentId`, message: `${label}：已于 ${left}，不能录入此后的测量` });
        else if (input.lateReason === '') problems.push({ field: 'lateReason', message: `${label} 已于 ${left}：补录离院老人的测量，请填写补录原因` });
      }
    }
    planned.push({ index, row, resident, label, values, empty });
  });
  return { planned, problems };
}

/** The round must be the one the grid was opened on: a correction names the revision it read. */
function checkRevision(round: RoundDbRow | undefined, input: SaveRoundInput, takenAt: number): void {
  const name = `${input.floor} 楼 ${input.date} ${SHIFTS[input.shift]}`;
  if (round && input.revision === null) {
    throw conflict(`${name}的测量表已由 ${round.recorded_by_name} 保存过。请重新打开这张表，在它的基础上修改。数据未改动。`, 'revision');
  }
  if (round && input.revision !== round.revision) {
    throw conflict(`${name}的测量表刚刚被修改过（可能是另一位同事）。请重新打开后再改。数据未改动。`, 'revision');
  }
  if (!round && input.revision !== null) throw conflict(`${name}的测量表已不存在，请重新打开。数据未改动。`, 'revision');
  if (round && round.taken_at !== takenAt) {
    throw invalid(`已保存的测量表不能改测量时间（原为 ${localTimeOf(round.taken_at)}）`, 'time');
  }
}

function refuse(problems: Problem[]): never {
  const first = problems[0]!;
  const more = problems.length > 1 ? `（另有 ${problems.length - 1} 处有误）` : '';
  throw invalid(`${first.message}${more}。整张测量表未保存。`, first.field);
}

export interface SavedRound {
  roundId: number;
  revision: number;
  created: boolean;
  /** Rows whose reading was added, changed or taken back by this save. */
  changed: number;
  measured: number;
  absent: number;
  /** The abnormal rows, each in words (“101-2床 张秀英：血压 182/96 mmHg（3级高血压）”). */
  abnormal: { residentId: number; label: string; flags: Flag[]; text: string }[];
}

/**
 * 保存一轮测量: a floor's rows as one transaction and one audited change, or nothing at all. A bad row refuses
 * the whole round, naming the bed, the name and the field; values outside the usual range are asked about
 * first (the confirm tier of the guards). Sent again with its revision, the round is corrected: changed rows
 * are rewritten, emptied rows taken back (kept, marked deleted), and the log keeps the old values.
 */
export function saveRound(ctx: WriteContext, input: SaveRoundInput): SavedRound {
  const { db } = ctx;
  if (input.date > ctx.today) throw invalid(`测量日期不能晚于今天（${ctx.today}）`, 'date');
  const takenAt = minuteOf(input.date, input.time);
  if (takenAt > minuteOfInstant(ctx.now)) throw invalid(`测量时间 ${input.date} ${input.time} 还没到，不能录入将来的测量`, 'time');
  const round = findRound(db, input.floor, input.date, input.shift);
  checkRevision(round, input, takenAt);

  const { planned, problems } = planRows(ctx, input);
  if (problems.length > 0) refuse(problems);
  if (!round && planned.every((p) => p.empty)) {
    throw invalid('测量表是空的：请至少填写一位老人的数值，或标出外出、住院、拒测', 'rows');
  }
  if (!input.confirmUnusual) {
    const unusual = planned.flatMap((p) => unusualValues(p.values).map((u) => `${p.label} ${u.message}`));
    if (unusual.length > 0) {
      throw conflict(`以下数值超出常见范围，请核对：${unusual.join('；')}。确认无误请点“确认保存”。`, 'confirmUnusual');
    }
  }

  const existing = stmt<VitalDbRow>(db, `SELECT ${VITAL_COLUMNS} FROM vital_signs v WHERE v.resident_id = ? AND v.taken_at = ?`);
  const olds = planned.map((p) => existing.get(p.resident.id, takenAt));
  planned.forEach((p, i) => {
    const old = olds[i];
    if (old && old.round_id !== round?.id) {
      problems.push({ field: `rows.${p.index}.residentId`, message: `${p.label}：${input.date} ${input.time} 已有一条单独录入的记录，请改测量时间或先删除那条记录` });
    }
  });
  if (problems.length > 0) refuse(problems);

  const at = ctx.now.toISOString();
  const by = ctx.actor.userId;
  const tempSite = tempSiteCode(input.tempSite);
  const glucoseKind = glucoseKindCode(input.glucoseKind);
  const stored = (p: Planned) => {
    const v = storedValues(p.values);
    return {
      ...v,
      tempSite: v.temp === null ? null : tempSite,
      glucoseKind: v.glucose === null ? null : glucoseKind,
      absence: p.row.absence ? absenceCode(p.row.absence) : null,
      note: p.row.note === '' ? null : p.row.note,
      lateReason: p.resident.status === 'in_residence' || input.lateReason === '' ? null : input.lateReason,
    };
  };
  const sameAsStored = (p: Planned, old: VitalDbRow) => {
    const s = stored(p);
    return (
      old.deleted_at === null &&
      old.sbp === s.sbp && old.dbp === s.dbp && old.pulse === s.pulse && old.temp === s.temp && old.resp === s.resp &&
      old.spo2 === s.spo2 && old.glucose === s.glucose && old.weight === s.weight && old.temp_site === s.tempSite &&
      old.glucose_kind === s.glucoseKind && old.absence === s.absence && (old.note ?? null) === s.note
    );
  };

  // What will change, before anything is written: a correction that changes nothing writes nothing.
  const changes = planned
    .map((p, i) => ({ p, old: olds[i] }))
    .filter(({ p, old }) => (p.empty ? old !== undefined && old.deleted_at === null : !old || !sameAsStored(p, old)));
  const roundFieldsChanged = round !== undefined && (round.temp_site !== tempSite || round.glucose_kind !== glucoseKind || round.late_reason !== input.lateReason);
  if (round && changes.length === 0 && !roundFieldsChanged) {
    return { roundId: round.id, revision: round.revision, created: false, changed: 0, ...tally(ctx, planned, input) };
  }

  let roundId: number;
  let revision: number;
  if (round) {
    stmt(db, 'UPDATE vital_rounds SET temp_site = ?, glucose_kind = ?, late_reason = ?, revision = revision + 1, updated_at = ? WHERE id = ?').run(
      tempSite,
      glucoseKind,
      input.lateReason,
      at,
      round.id,
    );
    roundId = round.id;
    revision = round.revision + 1;
  } else {
    const { lastInsertRowid } = stmt(
      db,
      `INSERT INTO vital_rounds (floor, taken_on, shift, taken_at, temp_site, glucose_kind, recorded_by, recorded_by_name, late_reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(input.floor, input.date, input.shift, takenAt, tempSite, glucoseKind, by, ctx.actor.name, input.lateReason, at, at);
    roundId = Number(lastInsertRowid);
    revision = 1;
  }

  const insert = stmt(
    db,
    `INSERT INTO vital_signs (resident_id, taken_at, round_id, sbp, dbp, pulse, temp, temp_site, resp, spo2, glucose, glucose_kind, weight, absence, note, late_reason, recorded_by)
     VALUES (@residentId, @takenAt, @roundId, @sbp, @dbp, @pulse, @temp, @tempSite, @resp, @spo2, @glucose, @glucoseKind, @weight, @absence, @note, @lateReason, @by)`,
  );
  const update = stmt(
    db,
    `UPDATE vital_signs SET round_id = @roundId, sbp = @sbp, dbp = @dbp, pulse = @pulse, temp = @temp, temp_site = @tempSite, resp = @resp,
       spo2 = @spo2, glucose = @glucose, glucose_kind = @glucoseKind, weight = @weight, absence = @absence, note = @note,
       late_reason = @lateReason, recorded_by = @by, deleted_at = NULL, deleted_reason = NULL
     WHERE resident_id = @residentId AND taken_at = @takenAt`,
  );
  const takeBack = stmt(db, 'UPDATE vital_signs SET deleted_at = ?, deleted_reason = ? WHERE resident_id = ? AND taken_at = ?');
  for (const { p, old } of changes) {
    if (p.empty) takeBack.run(at, '更正测量表时清空', p.resident.id, takenAt);
    else {
      const s = stored(p);
      const { height: _height, ...columns } = s;
      (old ? update : insert).run({ ...columns, residentId: p.resident.id, takenAt, roundId, by });
    }
  }

  const result = tally(ctx, planned, input);
  const name = `${input.floor}楼 ${input.date} ${SHIFTS[input.shift]}测量`;
  const header = { floor: input.floor, date: input.date, shift: input.shift, time: input.time, tempSite: input.tempSite, glucoseKind: input.glucoseKind, lateReason: input.lateReason };
  const abnormalLines = result.abnormal.map((a) => a.text);
  const absentLines = planned.filter((p) => p.row.absence).map((p) => `${p.label}：${ABSENCES[p.row.absence!]}`);
  if (!round) {
    const abnormalNote = abnormalLines.length > 0 ? `（${abnormalLines.slice(0, 3).join('；')}${abnormalLines.length > 3 ? ' 等' : ''}）` : '';
    ctx.audit({
      entity: 'vitalRound',
      entityId: roundId,
      summary: `${name}：测量 ${result.measured} 人，外出/住院/拒测 ${result.absent} 人，异常 ${result.abnormal.length} 人${abnormalNote}${input.lateReason ? `；补录原因：${input.lateReason}` : ''}`,
      after: { ...header, measured: result.measured, absent: absentLines, abnormal: abnormalLines },
    });
  } else {
    const line = (p: Planned, old: VitalDbRow | undefined, now: boolean) => {
      if (now) return `${p.label}：${p.empty ? '（已清空）' : readingText(p.values, { tempSite: input.tempSite, glucoseKind: input.glucoseKind, absence: p.row.absence })}`;
      if (!old || old.deleted_at !== null) return `${p.label}：（无）`;
      return `${p.label}：${readingText(valuesOf(old), { tempSite: input.tempSite, glucoseKind: input.glucoseKind, absence: absenceOf(old.absence) })}`;
    };
    const before = {
      floor: round.floor,
      date: round.taken_on,
      shift: round.shift,
      time: input.time,
      tempSite: tempSiteOf(round.temp_site),
      glucoseKind: glucoseKindOf(round.glucose_kind),
      lateReason: round.late_reason,
      readings: changes.map(({ p, old }) => line(p, old, false)),
    };
    ctx.audit({
      entity: 'vitalRound',
      entityId: roundId,
      summary: `更正 ${name}：改动 ${changes.length} 人${changes.length > 0 ? `（${changes.slice(0, 3).map(({ p }) => p.label).join('、')}${changes.length > 3 ? ' 等' : ''}）` : ''}`,
      before,
      after: { ...header, readings: changes.map(({ p, old }) => line(p, old, true)) },
    });
  }
  return { roundId, revision, created: !round, changed: changes.length, ...result };
}

/** Counts and flags of what the grid holds now. */
function tally(ctx: WriteContext, planned: Planned[], input: SaveRoundInput) {
  const { ranges } = homeRanges(ctx.db);
  const abnormal: SavedRound['abnormal'] = [];
  for (const p of planned) {
    if (p.empty || p.row.absence) continue;
    const heightCm = p.values.weight === null ? null : latestHeight(ctx.db, p.resident.id);
    const flags = flagReading(ranges, p.values, { tempSite: input.tempSite, glucoseKind: input.glucoseKind, heightCm });
    if (flags.length === 0) continue;
    const bmi = bmiOf(p.values.weight, heightCm);
    abnormal.push({
      residentId: p.resident.id,
      label: p.label,
      flags,
      text: `${p.label}：${flags.map((f) => `${FLAG_MEASURES[f.measure]} ${flaggedValueText(f, p.values, bmi)}（${f.label}）`).join('，')}`,
    });
  }
  return {
    measured: planned.filter((p) => !p.empty && !p.row.absence).length,
    absent: planned.filter((p) => p.row.absence).length,
    abnormal,
  };
}
