import type { Db } from '../../db/open.ts';
import { findInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import { residentsAtEndOf } from '../residents/queries.ts';
import { centreExamsBetween } from '../agreements/queries.ts';
import dayjs from 'dayjs';
import { lastExpiries, signingsInForce } from './queries.ts';
import type { Coverage, CoverageFigure, CoverageInput, CoverageRow } from './schema.ts';

/** The age from which the signing rate is counted (003 第3条 “65岁以上老年人签约率”; 004 第4条 65周岁及以上). */
const TARGET_AGE = 65;

export function figure(residents: number, signed: number): CoverageFigure {
  return { residents, signed, percent: residents === 0 ? null : Math.round((signed * 1000) / residents) / 10 };
}

/** Whether a count meets a percent target, in whole numbers (17 of 20 is exactly 85%: met). */
export function meetsTarget(f: CoverageFigure, percent: number): boolean {
  return f.residents > 0 && f.signed * 100 >= percent * f.residents;
}

function profileTarget(db: Db) {
  const institution = findInstitution(db);
  const profile = institution && findProfile(institution.regionCode);
  const rule = profile?.rules.familyDoctorCoverage;
  if (!profile || !rule) return null;
  const { principle, targetPercentAged65 } = rule.value;
  return {
    profile: profile.name,
    principle,
    percentAged65: targetPercentAged65,
    text: targetPercentAged65 === null ? `${principle}（政策未规定具体比例）` : `65 岁以上老人签约率不低于 ${targetPercentAged65}%`,
    cite: citeText(rule.cite),
    unverified: rule.unverified === true,
  };
}

/**
 * 家庭医生签约覆盖率: residents in residence at the end of the day, signed or not, for all and for those aged
 * 65+, against the region profile's target; who is not signed or expires soon; and the signed 65+ residents'
 * yearly exam done this year or still due (004 第4条).
 */
export function readCoverage(db: Db, today: string, input: CoverageInput): Coverage {
  const asOf = input.asOf ?? today;
  const soon = dayjs(asOf).add(input.expiringWithinDays, 'day').format('YYYY-MM-DD');
  const inForce = signingsInForce(db, asOf);
  const lapsed = lastExpiries(db, asOf);
  const exams = centreExamsBetween(db, `${asOf.slice(0, 4)}-01-01`, asOf);
  const rows: CoverageRow[] = residentsAtEndOf(db, asOf, asOf).map((r) => {
    const signing = inForce.get(r.id) ?? null;
    return {
      residentId: r.id,
      name: r.name,
      bedLabel: r.bedLabel,
      age: r.age,
      aged65: r.age >= TARGET_AGE,
      status: signing === null ? 'none' : signing.expiresOn <= soon ? 'expiring' : 'signed',
      signing,
      lapsedOn: signing === null ? (lapsed.get(r.id) ?? null) : null,
      examThisYear: exams.get(r.id) ?? null,
    };
  });
  const old = rows.filter((r) => r.aged65);
  const all = figure(rows.length, rows.filter((r) => r.signing !== null).length);
  const aged65 = figure(old.length, old.filter((r) => r.signing !== null).length);
  const target = profileTarget(db);
  const signedOld = old.filter((r) => r.signing !== null);
  const done = signedOld.filter((r) => r.examThisYear !== null).length;
  return {
    asOf,
    all,
    aged65,
    target: target && { ...target, met: target.percentAged65 === null ? null : meetsTarget(aged65, target.percentAged65) },
    exams: { signedAged65: signedOld.length, doneThisYear: done, due: signedOld.length - done },
    rows,
  };
}
