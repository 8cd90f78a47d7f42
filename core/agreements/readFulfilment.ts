import type { Db } from '../../db/open.ts';
import { findInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import { countFulfilment, describeGaps } from './fulfilment.ts';
import { countedVisits, requireAgreement, unplannedVisitCount } from './queries.ts';
import type { AgreementFulfilment, FulfilmentInput } from './schema.ts';

/**
 * The region profile's minimum visits of the contracted centre (Changning: weekly, 004 第4条; Nanjing: ≥2
 * family-doctor sessions a week, 000 三(二)), or null when the home's region names none.
 */
export function centreVisitMinimum(db: Db): AgreementFulfilment['minimum'] {
  const institution = findInstitution(db);
  const profile = institution && findProfile(institution.regionCode);
  const rule = profile?.rules.centreVisitFrequency;
  if (!profile || !rule) return null;
  const v = rule.value;
  return {
    perWeek: v.minPerWeek,
    text: v.minPerWeek === null ? `${v.what}：频次由双方约定` : `${v.what}：每周至少 ${v.minPerWeek} 次${v.asAgreed ? '（具体内容、方式、频次由双方约定）' : ''}`,
    cite: citeText(rule.cite),
    unverified: rule.unverified === true,
    profile: profile.name,
  };
}

/**
 * agreements.fulfilment — 服务到位: per period, each agreed service's owed times against the visits that delivered
 * it, the visits against the profile's minimum, and the gaps in words. Counted up to today.
 */
export function readFulfilment(db: Db, today: string, input: FulfilmentInput): AgreementFulfilment {
  const agreement = requireAgreement(db, input.id, today);
  const minimum = centreVisitMinimum(db);
  const from = input.from > agreement.startsOn ? input.from : agreement.startsOn;
  const last = [input.to, agreement.endsOn, today].reduce((a, b) => (a < b ? a : b));
  const counted = from <= last ? { from, to: last } : null;
  const visits = counted ? countedVisits(db, agreement.id, counted.from, counted.to) : [];
  const f = countFulfilment({
    grain: input.grain,
    term: { from: agreement.startsOn, to: agreement.endsOn },
    range: { from: input.from, to: last },
    promises: agreement.services.map((s) => ({ serviceId: s.id, name: s.name, times: s.times, per: s.per })),
    visits,
    minPerWeek: minimum?.perWeek ?? null,
  });
  return {
    ...f,
    agreement,
    grain: input.grain,
    from: input.from,
    to: input.to,
    counted,
    minimum,
    unplannedVisits: unplannedVisitCount(db, agreement.id, input.from, input.to),
    gapLines: describeGaps(f.periods),
  };
}
