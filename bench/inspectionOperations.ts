import dayjs from 'dayjs';
import type { BenchContext } from './context.ts';
import type { Operation, Targets } from './measure.ts';
import { RECORD_CHECKS } from '../core/inspection/registry.ts';

/** Issue #12's target for the self-inspection: ≤ 100 ms (p95, service layer) on the large home. */
const SELF_INSPECTION: Targets = { serviceMs: 100 };

const records = (out: unknown) => (out as { items: { source: string }[] }).items.filter((i) => i.source === 'record').length;
const day = (ctx: BenchContext, days: number) => dayjs(ctx.today).add(days, 'day').format('YYYY-MM-DD');

export const INSPECTION_OPERATIONS: Operation[] = [
  {
    name: '迎检自查（全部规定 + 迎检清单记录）',
    kind: 'read',
    group: '报送与期限',
    targets: SELF_INSPECTION,
    // The floor: each record check's question as the one best SQL statement (counts only) — for the MAR check the
    // running orders from their covering index and the week's per-shift tally of recorded doses (0018) — plus the rule
    // checker's largest read (the clinic's fees of the last 30 days); the service also names the records and runs every rule.
    floor: (ctx) => {
      const inHome = "r.status = 'in_residence' AND r.deleted_at IS NULL";
      const q = ctx.prepare(
        `SELECT
           (SELECT count(*) FROM assessment_latest l JOIN residents r ON r.id = l.resident_id WHERE l.next_due_on < @today AND l.track = 'ability' AND ${inHome})
         + (SELECT count(*) FROM residents r WHERE ${inHome} AND NOT EXISTS (SELECT 1 FROM assessment_latest l WHERE l.resident_id = r.id AND l.track = 'ability'))
         + (SELECT count(*) FROM residents r WHERE ${inHome} AND NOT EXISTS (SELECT 1 FROM medical_history h WHERE h.resident_id = r.id AND h.deleted_at IS NULL)
                                        AND NOT EXISTS (SELECT 1 FROM conditions c WHERE c.resident_id = r.id AND c.deleted_at IS NULL))
         + (SELECT count(*) FROM residents r WHERE ${inHome} AND r.birth_date <= @bornBy
              AND NOT EXISTS (SELECT 1 FROM annual_exams e WHERE e.resident_id = r.id AND e.exam_on >= @yearStart AND e.deleted_at IS NULL))
         + (SELECT count(*) FROM incidents WHERE deleted_at IS NULL AND (family_notified_at IS NULL OR follow_up_closed_on IS NULL))
         + (SELECT count(*) FROM clinic_staff WHERE deleted_at IS NULL AND left_on IS NULL AND expires_on <= @soon)
         + (SELECT count(*) FROM (SELECT o.prescriber_id FROM residents r JOIN medication_orders o ON o.resident_id = r.id
              WHERE ${inHome} AND o.start_at <= @moment AND (o.stop_at IS NULL OR o.stop_at > @moment) GROUP BY o.source, o.prescriber, o.prescriber_id))
         + (SELECT count(*) FROM residents r INDEXED BY residents_status JOIN medication_orders o INDEXED BY medication_orders_resident ON o.resident_id = r.id
              WHERE ${inHome} AND o.start_at < @before AND (o.stop_at IS NULL OR o.stop_at > @from))
         + (SELECT coalesce(sum(doses), 0) FROM medication_shift_tally WHERE shift_date >= @from AND shift_date <= @to)
         + (SELECT count(*) FROM waste_entries WHERE handed_over_on IS NULL AND produced_on < @heldBefore)
         + coalesce((SELECT length(max(produced_on)) FROM waste_entries), 0)
         + coalesce((SELECT length(max(date)) FROM disinfections), 0)
         + (SELECT coalesce(sum(amount_fen), 0) FROM encounter_fees WHERE date >= @feesFrom AND void = 0) * 0`,
      ).pluck();
      // It answers, like the service, with how many record checks it ran (the sum is the work, not the answer).
      return () =>
        (q.get({
          today: ctx.today,
          bornBy: dayjs(ctx.today).subtract(65, 'year').format('YYYY-MM-DD'),
          yearStart: `${ctx.today.slice(0, 4)}-01-01`,
          soon: day(ctx, 60),
          moment: `${ctx.today} 09:00`,
          from: day(ctx, -7),
          to: day(ctx, -1),
          before: `${ctx.today} 00:00`,
          heldBefore: day(ctx, -2),
          feesFrom: day(ctx, -30),
        }) as number) >= 0
          ? RECORD_CHECKS.length
          : -1;
    },
    // Both answer with the number of record checks among the items (the rules' findings come beside them).
    service: (ctx) => async () => records(await ctx.service('inspection.run', {})),
    http: (ctx) => async () => records(await ctx.http('inspection.run', {})),
  },
];
