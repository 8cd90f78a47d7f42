import dayjs from 'dayjs';
import type { WriteContext } from '../api/context.ts';
import type { Actor } from '../audit/record.ts';
import { saveRound } from '../vitals/saveRound.ts';
import { flagReading } from '../vitals/flags.ts';
import { homeRanges } from '../vitals/thresholds.ts';
import { minuteOf, minuteOfInstant, isoOfMinute, localTimeOf } from '../vitals/time.ts';
import { EMPTY_VALUES, SHIFT_TIMES, type Absence, type ReadingValues, type Shift } from '../vitals/measures.ts';
import type { RoundRowInput } from '../vitals/schema.ts';
import { seededRandom, type Random } from './random.ts';

/**
 * A year of vital signs for the demo home (issue #8): two rounds a day on every floor, each resident with a
 * steady pattern of their own (some hypertensive, some diabetic, a few with chronic lung disease), now and then
 * a fever, a stay in hospital, a refusal; a weight each month and a height at admission. History is written in
 * bulk, each past round with its one audit row (as the nurse who took it, at its time); today's rounds go
 * through the service itself, with a few values abnormal so the 今日异常 list has something to show.
 */

interface Person {
  id: number;
  floor: number;
  admittedOn: string;
  leftOn: string | null;
  careLevel: number | null;
  sbp: number;
  dbp: number;
  pulse: number;
  temp: number;
  spo2: number;
  resp: number;
  glucose: number | null;
  weight: number;
  height: number | null;
  /** Days of a fever still to run, its peak, and days left in hospital. */
  fever: number;
  feverPeak: number;
  hospital: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
/** A normal-ish deviate from two uniforms (Box–Muller), deterministic with the seeded generator. */
const gauss = (rng: Random) => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function people(ctx: WriteContext, rng: Random): Person[] {
  const rows = ctx.db
    .prepare(
      `SELECT r.id, b.floor, r.admission_date, r.left_on, r.care_level FROM residents r JOIN beds b ON b.id = r.bed_id
       WHERE r.deleted_at IS NULL ORDER BY r.id`,
    )
    .all() as { id: number; floor: number; admission_date: string; left_on: string | null; care_level: number | null }[];
  return rows.map((r) => {
    const hypertensive = rng.next() < 0.4;
    const diabetic = rng.next() < 0.2;
    const lungs = rng.next() < 0.04;
    return {
      id: r.id,
      floor: r.floor,
      admittedOn: r.admission_date,
      leftOn: r.left_on,
      careLevel: r.care_level,
      sbp: hypertensive ? rng.int(120, 130) : rng.int(106, 122),
      dbp: hypertensive ? rng.int(72, 80) : rng.int(66, 74),
      pulse: rng.int(66, 80),
      temp: round1(36.3 + rng.next() * 0.3),
      spo2: lungs ? 93 : rng.int(96, 98),
      resp: rng.int(16, 18),
      glucose: diabetic ? round1(5.8 + rng.next() * 1.2) : null,
      weight: round1(46 + rng.next() * 26),
      height: rng.next() < 0.85 ? round1(150 + rng.next() * 22) : null,
      fever: 0,
      feverPeak: 0,
      hospital: 0,
    };
  });
}

/** One resident's reading at one round: their pattern, the day's noise, and what is going on with them. */
function reading(p: Person, rng: Random, shift: Shift, day: dayjs.Dayjs): { values: ReadingValues; absence: Absence | null } {
  if (p.hospital > 0) return { values: EMPTY_VALUES, absence: 'hospital' };
  if (rng.next() < 0.003) return { values: EMPTY_VALUES, absence: 'out' };
  if ((p.careLevel ?? 0) >= 3 && rng.next() < 0.006) return { values: EMPTY_VALUES, absence: 'refused' };
  const fever = p.fever > 0 ? p.feverPeak - (p.fever === 1 ? 0.8 : 0) : 0;
  const v: ReadingValues = {
    ...EMPTY_VALUES,
    sbp: Math.round(clamp(p.sbp + gauss(rng) * 5 + (shift === 'pm' ? 2 : 0), 85, 200)),
    dbp: 0,
    pulse: Math.round(clamp(p.pulse + gauss(rng) * 4 + (fever > 0 ? 12 : 0), 48, 130)),
    temp: round1(clamp(fever > 0 ? fever + gauss(rng) * 0.2 : p.temp + gauss(rng) * 0.15, 35.5, 40.5)),
  };
  v.dbp = Math.round(clamp(p.dbp + gauss(rng) * 3, 50, Math.min(120, v.sbp! - 25)));
  if (shift === 'am') {
    v.resp = Math.round(clamp(p.resp + gauss(rng) + (fever > 0 ? 3 : 0), 12, 30));
    v.spo2 = Math.round(clamp(p.spo2 + gauss(rng) * 0.6 - (fever > 0 ? 2 : 0), 85, 100));
    const weekday = day.day();
    if (p.glucose !== null && [1, 3, 5].includes(weekday)) v.glucose = round1(clamp(p.glucose + gauss(rng) * 0.7, 3.6, 14));
    else if (p.glucose === null && weekday === 1) v.glucose = round1(clamp(5.2 + gauss(rng) * 0.3, 4.2, 6.4));
    if (day.date() === 1) v.weight = round1(p.weight + gauss(rng) * 0.4);
  }
  return { values: v, absence: null };
}

/** The day moves on: fevers run their course, hospital stays end, new ones begin now and then. */
function nextDay(p: Person, rng: Random): void {
  if (p.fever > 0) p.fever--;
  if (p.hospital > 0) p.hospital--;
  if (p.fever === 0 && p.hospital === 0 && rng.next() < 0.0025) {
    p.fever = rng.int(2, 4);
    p.feverPeak = round1(37.4 + rng.next() * 1.6);
  }
  if (p.hospital === 0 && rng.next() < 0.0008) p.hospital = rng.int(4, 12);
  p.weight = round1(p.weight + gauss(rng) * 0.05);
}

/** Today's few abnormal values, each a different kind, so the list and the charts show what they do with them. */
const TODAY_ABNORMAL: Partial<ReadingValues>[] = [{ temp: 38.6, pulse: 104 }, { sbp: 182, dbp: 98 }, { spo2: 88 }, { glucose: 3.4 }, { pulse: 112 }];

export function seedDemoVitals(ctx: WriteContext, options: { days: number; seed: number }): { readings: number; rounds: number } {
  const { db } = ctx;
  const rng = seededRandom(options.seed);
  const nurseRow = db.prepare(`SELECT id, display_name FROM users WHERE role = 'nurse' ORDER BY id LIMIT 1`).get() as { id: number; display_name: string } | undefined;
  const nurse: Actor = nurseRow ? { userId: nurseRow.id, name: nurseRow.display_name, role: 'nurse' } : { userId: null, name: '系统（生成演示数据）', role: null };
  const residents = people(ctx, rng);
  const { ranges } = homeRanges(db);
  const today = dayjs(ctx.today);
  const nowMinute = minuteOfInstant(ctx.now);
  const floors = [...new Set(residents.map((p) => p.floor))].sort((a, b) => a - b);

  const insertRound = db.prepare(
    `INSERT INTO vital_rounds (floor, taken_on, shift, taken_at, temp_site, glucose_kind, recorded_by, recorded_by_name, created_at, updated_at)
     VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?)`,
  );
  const insertReading = db.prepare(
    `INSERT INTO vital_signs (resident_id, taken_at, round_id, sbp, dbp, pulse, temp, temp_site, resp, spo2, glucose, glucose_kind, weight, height, absence, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (at, user_id, user_name, user_role, action, entity, entity_id, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, 'vitals.saveRound', 'vitalRound', ?, ?, NULL, ?)`,
  );

  // Heights, measured on their own at admission (or when the year began, for those here longer).
  const start = today.subtract(options.days, 'day');
  let readings = 0;
  for (const p of residents) {
    if (p.height === null) continue;
    const on = dayjs(p.admittedOn).isAfter(start) ? p.admittedOn : start.format('YYYY-MM-DD');
    if (p.leftOn !== null && p.leftOn < on) continue;
    const at = minuteOf(on, '10:00');
    if (at > nowMinute) continue;
    insertReading.run(p.id, at, null, null, null, null, null, null, null, null, null, null, null, Math.round(p.height * 10), null, nurse.userId);
    readings++;
  }

  let rounds = 0;
  for (let day = start; !day.isAfter(today, 'day'); day = day.add(1, 'day')) {
    const date = day.format('YYYY-MM-DD');
    const isToday = date === ctx.today;
    for (const shift of ['am', 'pm'] as const) {
      let at = minuteOf(date, SHIFT_TIMES[shift]);
      if (isToday && shift === 'am' && at > nowMinute) at = Math.max(minuteOf(date, '00:00'), nowMinute - 10);
      if (at > nowMinute) continue;
      const time = localTimeOf(at);
      for (const floor of floors) {
        const here = residents.filter((p) => p.floor === floor && p.admittedOn <= date && (p.leftOn === null || p.leftOn >= date));
        if (here.length === 0) continue;
        const taken = here.map((p) => ({ p, ...reading(p, rng, shift, day) }));
        if (isToday) {
          // Today's rounds through the service, as the nurse: its checks, its flags, its audit row.
          // Today's abnormal values go to the morning round, spread over the floors, each to someone measured.
          TODAY_ABNORMAL.forEach((extra, i) => {
            if (shift !== 'am' || floors[i % floors.length] !== floor) return;
            for (let k = 0; k < taken.length; k++) {
              const t = taken[(i * 7 + 3 + k) % taken.length]!;
              if (t.absence !== null) continue;
              t.values = { ...t.values, ...extra };
              return;
            }
          });
          const rows: RoundRowInput[] = taken.map(({ p, values, absence }) => ({ residentId: p.id, absence, note: '', ...pickRow(values) }));
          const actor = ctx.actor;
          ctx.actor = nurse;
          try {
            saveRound(ctx, { floor, date, shift, time, tempSite: 'axillary', glucoseKind: 'fasting', rows, revision: null, lateReason: '', confirmUnusual: true });
          } finally {
            ctx.actor = actor;
          }
        } else {
          const createdAt = isoOfMinute(at + 25);
          const roundId = Number(insertRound.run(floor, date, shift, at, nurse.userId, nurse.name, createdAt, createdAt).lastInsertRowid);
          let abnormal = 0;
          for (const { p, values: v, absence } of taken) {
            const t10 = (x: number | null) => (x === null ? null : Math.round(x * 10));
            insertReading.run(p.id, at, roundId, v.sbp, v.dbp, v.pulse, t10(v.temp), v.temp === null ? null : 0, v.resp, v.spo2, t10(v.glucose), v.glucose === null ? null : 0, t10(v.weight), null, absence === null ? null : ['out', 'hospital', 'refused'].indexOf(absence) + 1, nurse.userId);
            if (absence === null && flagReading(ranges, v, { tempSite: 'axillary', glucoseKind: 'fasting', heightCm: p.height }).length > 0) abnormal++;
          }
          const absent = taken.filter((x) => x.absence !== null).length;
          const summary = `${floor}楼 ${date} ${shift === 'am' ? '上午' : '下午'}测量：测量 ${taken.length - absent} 人，外出/住院/拒测 ${absent} 人，异常 ${abnormal} 人`;
          insertAudit.run(createdAt, nurse.userId, nurse.name, nurse.role, roundId, summary, JSON.stringify({ floor, date, shift, time, measured: taken.length - absent }));
        }
        readings += taken.length;
        rounds++;
      }
    }
    for (const p of residents) nextDay(p, rng);
  }
  return { readings, rounds };
}

function pickRow(v: ReadingValues): Omit<RoundRowInput, 'residentId' | 'absence' | 'note'> {
  return { sbp: v.sbp, dbp: v.dbp, pulse: v.pulse, temp: v.temp, resp: v.resp, spo2: v.spo2, glucose: v.glucose, weight: v.weight };
}
