import dayjs from 'dayjs';
import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { ageOn } from '../shared/dates.ts';
import { Where } from '../shared/sqlWhere.ts';
import { bedLabel } from '../beds/schema.ts';
import { requireInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import { examOfYear, examsOf, type Exam } from './rows.ts';
import type { DueListInput } from './schema.ts';

// The exams area's published reads: the 65+ due list with the home's completion rate, a resident's exams (the
// health-record filing prints the latest), and the timeline's entries.

/** 国家基本公共卫生服务 老年人健康管理 serves residents aged 65 and over (nbphs-3, 服务对象). */
export const EXAM_MIN_AGE = 65;

export type ExamPeriodMode = 'calendar-year' | 'rolling-12-months';

/** The profile's reading of “one exam a year” (annualExamPeriod; reference §8 Q15), with its citation and 待核实. */
export function examPeriod(db: Db): { mode: ExamPeriodMode; cite: string; unverified: boolean; note: string | null } {
  const profile = findProfile(requireInstitution(db).regionCode) ?? findProfile('national')!;
  const p = profile.parameters.annualExamPeriod ?? findProfile('national')!.parameters.annualExamPeriod!;
  return { mode: p.value.mode, cite: citeText(p.cite), unverified: p.unverified === true, note: p.note ?? null };
}

/** The first day an exam counts as “this year's” on `today`: 1 January, or 12 months back. */
export function examWindowStart(mode: ExamPeriodMode, today: string): string {
  return mode === 'calendar-year' ? `${today.slice(0, 4)}-01-01` : dayjs(today).subtract(12, 'month').add(1, 'day').format('YYYY-MM-DD');
}

export interface ExamDueRow {
  residentId: number;
  name: string;
  age: number;
  bedLabel: string;
  floor: number;
  /** The last exam (any year), null if never examined in the home. */
  lastExamOn: string | null;
}

/**
 * 年度体检待检名单: residents in residence aged 65+ today with no exam in the window (examWindowStart), by bed; and the
 * home's completion rate over all residents in residence aged 65+ (done / eligible). Counted in SQL from the residents
 * by (status, birth_date) and their exams by (resident_id, exam_on); only the page's rows are read out, with each
 * one's last exam.
 */
export function examDueList(db: Db, input: DueListInput, today: string) {
  const period = examPeriod(db);
  const since = examWindowStart(period.mode, today);
  const bornBy = dayjs(today).subtract(EXAM_MIN_AGE, 'year').format('YYYY-MM-DD');
  const w = new Where()
    .and("r.status = 'in_residence' AND r.deleted_at IS NULL AND r.birth_date <= @bornBy", { bornBy })
    .equals('b.floor', 'floor', input.floor);
  if (input.q) w.contains(['r.name'], 'q', input.q);
  const params = { ...w.params, since };
  const from = `FROM residents r INDEXED BY residents_status JOIN beds b ON b.id = r.bed_id WHERE ${w.conditions}`;
  const notDone = 'NOT EXISTS (SELECT 1 FROM annual_exams e INDEXED BY annual_exams_resident WHERE e.resident_id = r.id AND e.exam_on >= @since AND e.deleted_at IS NULL)';
  const counted = stmt<{ eligible: number; due: number }>(db, `SELECT count(*) AS eligible, coalesce(sum(${notDone}), 0) AS due ${from}`).get(params)!;
  const rows = stmt<{ id: number; name: string; birth_date: string; floor: number; room: string; bed_no: string; last_on: string | null }>(
    db,
    `SELECT r.id, r.name, r.birth_date, b.floor, b.room, b.bed_no,
       (SELECT max(e.exam_on) FROM annual_exams e INDEXED BY annual_exams_resident WHERE e.resident_id = r.id AND e.deleted_at IS NULL) AS last_on
     ${from} AND ${notDone}
     ORDER BY b.floor, length(b.room), b.room, length(b.bed_no), b.bed_no LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset });
  const done = counted.eligible - counted.due;
  return {
    /** Residents aged 65+ in residence (filtered as asked) and how many had this period's exam. */
    eligible: counted.eligible,
    done,
    /** Completion rate in per cent, one decimal; null when nobody is eligible. */
    rate: counted.eligible === 0 ? null : Math.round((done / counted.eligible) * 1000) / 10,
    since,
    period,
    total: counted.due,
    rows: rows.map(
      (r): ExamDueRow => ({ residentId: r.id, name: r.name, age: ageOn(r.birth_date, today), bedLabel: bedLabel(r.room, r.bed_no), floor: r.floor, lastExamOn: r.last_on }),
    ),
  };
}

/** A resident's exams (deleted ones included, marked), newest first. */
export function residentExams(db: Db, residentId: number): Exam[] {
  return examsOf(db, residentId);
}

/** The exam of a year (not deleted), for the printout and the health-record filing. */
export function examForYear(db: Db, residentId: number, year: number): Exam | undefined {
  return examOfYear(db, residentId, year);
}

/** The timeline's entries of this area (core/records/timeline.ts): one per exam, on its day. */
export function examTimelineEntries(db: Db, residentId: number, range: { from: string; before: string; limit: number }) {
  return stmt<{ id: number; exam_on: string; doctor: string; selfcare_level: string; tcm_main: string; evaluation: string }>(
    db,
    `SELECT id, exam_on, doctor, selfcare_level, tcm_main, evaluation FROM annual_exams
     WHERE resident_id = ? AND deleted_at IS NULL AND exam_on >= ? AND exam_on < ? ORDER BY exam_on DESC, id DESC LIMIT ?`,
  )
    .all(residentId, range.from, range.before, range.limit)
    .map((r) => ({
      date: r.exam_on,
      id: r.id,
      title: `年度体检：${r.evaluation === 'normal' ? '体检无异常' : '有异常'}`,
      detail: `生活自理能力 ${r.selfcare_level} · 中医体质 ${r.tcm_main} · ${r.doctor}`,
    }));
}

export type { Exam } from './rows.ts';

export interface ExamCoverageRow {
  residentId: number;
  name: string;
  bedLabel: string;
  age: number;
  /** The exam counted for the window, null if none. */
  examOn: string | null;
  tcmMain: string | null;
}

/**
 * 老年人健康管理 as of the end of a day `on`: every resident in residence at that day's end aged 65+ on it, with the
 * exam that counts for the window ending that day (examWindowStart under the profile's annualExamPeriod). Exams after
 * `on` do not count. By bed; the exam read through (resident_id, exam_on).
 */
export function examCoverageOn(db: Db, on: string) {
  const period = examPeriod(db);
  const since = examWindowStart(period.mode, on);
  const bornBy = dayjs(on).subtract(EXAM_MIN_AGE, 'year').format('YYYY-MM-DD');
  const rows = stmt<{ id: number; name: string; birth_date: string; room: string; bed_no: string; exam_on: string | null; tcm_main: string | null }>(
    db,
    `SELECT r.id, r.name, r.birth_date, b.room, b.bed_no, e.exam_on, e.tcm_main
     FROM residents r JOIN beds b ON b.id = r.bed_id
     LEFT JOIN annual_exams e ON e.id = (SELECT x.id FROM annual_exams x INDEXED BY annual_exams_resident
       WHERE x.resident_id = r.id AND x.exam_on >= @since AND x.exam_on <= @on AND x.deleted_at IS NULL ORDER BY x.exam_on DESC LIMIT 1)
     WHERE r.deleted_at IS NULL AND r.admission_date <= @on AND (r.left_on IS NULL OR r.left_on > @on) AND r.birth_date <= @bornBy
     ORDER BY b.floor, length(b.room), b.room, length(b.bed_no), b.bed_no, r.id`,
  ).all({ on, since, bornBy });
  return {
    since,
    period,
    rows: rows.map((r): ExamCoverageRow => ({ residentId: r.id, name: r.name, bedLabel: bedLabel(r.room, r.bed_no), age: ageOn(r.birth_date, on), examOn: r.exam_on, tcmMain: r.tcm_main })),
  };
}

/** Exams made between two dates, both included (not deleted), with their main TCM constitution, by date. */
export function examsBetween(db: Db, from: string, to: string) {
  return stmt<{ id: number; resident_id: number; name: string; room: string; bed_no: string; exam_on: string; tcm_main: string }>(
    db,
    `SELECT e.id, e.resident_id, r.name, b.room, b.bed_no, e.exam_on, e.tcm_main
     FROM annual_exams e JOIN residents r ON r.id = e.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE e.exam_on >= ? AND e.exam_on <= ? AND e.deleted_at IS NULL ORDER BY e.exam_on, e.id`,
  )
    .all(from, to)
    .map((r) => ({ id: r.id, residentId: r.resident_id, name: r.name, bedLabel: bedLabel(r.room, r.bed_no), examOn: r.exam_on, tcmMain: r.tcm_main }));
}

export interface ExamDeadline extends ExamDueRow {
  /** The last day this period's exam can be done: 31 December (calendar year), or a year after the last exam. */
  dueOn: string;
}

/**
 * 年度体检到期: residents in residence aged 65+ today without this period's exam, each with the day it is due under
 * the profile's reading of “one exam a year” (annualExamPeriod): 31 December of this year in a calendar year; in a
 * rolling year, the day before the last exam's anniversary, or the later of admission and the 65th birthday if never
 * examined in the home. The same residents as examDueList.
 */
export function examDeadlines(db: Db, today: string): ExamDeadline[] {
  const { mode } = examPeriod(db);
  const since = examWindowStart(mode, today);
  const bornBy = dayjs(today).subtract(EXAM_MIN_AGE, 'year').format('YYYY-MM-DD');
  const rows = stmt<{ id: number; name: string; birth_date: string; admission_date: string; floor: number; room: string; bed_no: string; last_on: string | null }>(
    db,
    `SELECT r.id, r.name, r.birth_date, r.admission_date, b.floor, b.room, b.bed_no,
       (SELECT max(e.exam_on) FROM annual_exams e INDEXED BY annual_exams_resident WHERE e.resident_id = r.id AND e.deleted_at IS NULL) AS last_on
     FROM residents r INDEXED BY residents_status JOIN beds b ON b.id = r.bed_id
     WHERE r.status = 'in_residence' AND r.deleted_at IS NULL AND r.birth_date <= @bornBy`,
  ).all({ bornBy });
  // A calendar year's exams are all due on 31 December; a rolling year's each on its own day (date arithmetic only there).
  const yearEnd = `${today.slice(0, 4)}-12-31`;
  const rollingDue = (r: (typeof rows)[number]) => {
    if (r.last_on !== null) return dayjs(r.last_on).add(12, 'month').subtract(1, 'day').format('YYYY-MM-DD');
    const turned65 = dayjs(r.birth_date).add(EXAM_MIN_AGE, 'year').format('YYYY-MM-DD');
    return r.admission_date > turned65 ? r.admission_date : turned65;
  };
  return rows
    .filter((r) => r.last_on === null || r.last_on < since)
    .map((r) => ({
      residentId: r.id,
      name: r.name,
      age: ageOn(r.birth_date, today),
      bedLabel: bedLabel(r.room, r.bed_no),
      floor: r.floor,
      lastExamOn: r.last_on,
      dueOn: mode === 'calendar-year' ? yearEnd : rollingDue(r),
    }));
}
