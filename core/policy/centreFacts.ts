import dayjs from 'dayjs';
import type { Db } from '../../db/open.ts';
import { allAgreements, listHomeBeds, readFulfilment } from '../agreements/queries.ts';
import { readCoverage } from '../signings/queries.ts';
import type { CentreFacts } from './checks/home.ts';

/**
 * What the centre's rule checks look at: the agreement in force, the last four whole weeks judged by the same
 * counting as the 服务到位 page (so the two never disagree), 65+ signing coverage and open 家庭病床 short of visits.
 */
export function centreFacts(db: Db, today: string): CentreFacts | null {
  const agreements = allAgreements(db, today);
  if (agreements.length === 0) return null;
  const inForce = agreements.find((a) => a.state === 'current') ?? null;
  // dayjs weeks start on Sunday; ISO weeks (as 服务到位 counts them) start on Monday.
  const thisMonday = dayjs(today).subtract((dayjs(today).day() + 6) % 7, 'day');
  const from = thisMonday.subtract(28, 'day').format('YYYY-MM-DD');
  const to = thisMonday.subtract(1, 'day').format('YYYY-MM-DD');
  const weeks = inForce ? readFulfilment(db, today, { id: inForce.id, grain: 'week', from, to }) : null;
  const coverage = readCoverage(db, today, { asOf: today, expiringWithinDays: 30 });
  const homeBeds = listHomeBeds(db, today).rows.filter((h) => h.closedOn === null || h.closedOn >= today);
  return {
    inForce: inForce && { id: inForce.id, partner: inForce.partnerName, endsOn: inForce.endsOn },
    recentWeeks: weeks && { from, to, gaps: weeks.gapLines },
    aged65: { residents: coverage.aged65.residents, signed: coverage.aged65.signed },
    homeBeds: {
      open: homeBeds.length,
      short: homeBeds.filter((h) => h.gap > 0 && h.expected !== null).map((h) => ({ id: h.id, resident: `${h.bedLabel} ${h.residentName}`, visits: h.visits, expected: h.expected! })),
    },
  };
}
