import dayjs from 'dayjs';
import type { BenchContext } from './context.ts';
import type { Operation, Targets } from './measure.ts';
import type { MethodName } from '../core/api/methods.ts';
import { examPeriod, examWindowStart } from '../core/exams/queries.ts';

/** Issue #8: the 65+ due list and the high-risk list within 20 ms p95 in the service layer (2,000 residents). */
const HEALTH: Targets = { serviceMs: 20 };
/** The lists' page (their default limit). */
const PAGE = 100;
const IN_RESIDENCE = "r.status = 'in_residence' AND r.deleted_at IS NULL";

const page = (n: number) => `${Math.min(PAGE, n)}/${n}`;

function viaApi(method: MethodName): Pick<Operation, 'service' | 'http'> {
  const print = (out: unknown) => {
    const { rows, total } = out as { rows: unknown[]; total: number };
    return `${rows.length}/${total}`;
  };
  return {
    service: (ctx) => async () => print(await ctx.service(method, {})),
    http: (ctx) => async () => print(await ctx.http(method, {})),
  };
}

/**
 * The floors: the rows each list must find, by the indexes that hold exactly them, counted and nothing else (no
 * mapping, no sorting by bed in JS, no JSON). The services read the same rows and add names, beds and order.
 */
export const HEALTH_OPERATIONS: Operation[] = [
  {
    name: '高风险名单（压力性损伤或跌倒高危）',
    kind: 'read',
    group: '健康档案',
    targets: HEALTH,
    // The latest results at risk, by (track, risk): only the residents at risk are read, each once by primary key.
    floor: (ctx: BenchContext) => {
      const q = ctx
        .prepare(
          `SELECT count(DISTINCT l.resident_id) FROM assessment_latest l INDEXED BY assessment_latest_risk JOIN residents r ON r.id = l.resident_id
           WHERE l.track IN ('braden', 'morse') AND l.risk IN ('high', 'very_high') AND ${IN_RESIDENCE}`,
        )
        .pluck();
      return () => page(q.get() as number);
    },
    ...viaApi('assessments.highRisk'),
    explain: () => [
      {
        label: '行',
        sql: `SELECT l.resident_id FROM assessment_latest l INDEXED BY assessment_latest_risk WHERE l.track IN ('braden', 'morse') AND l.risk IN ('high', 'very_high')`,
        params: [],
        expectIndex: 'assessment_latest_risk',
      },
    ],
  },
  {
    name: '待评估名单（逾期、到期、7 天内到期与从未评估）',
    kind: 'read',
    group: '健康档案',
    targets: HEALTH,
    // Due dates up to a week ahead by next_due_on; the required tracks never done, by the latest table's primary key.
    floor: (ctx: BenchContext) => {
      const soon = dayjs(ctx.today).add(7, 'day').format('YYYY-MM-DD');
      const due = ctx
        .prepare(`SELECT count(*) FROM assessment_latest l INDEXED BY assessment_latest_due JOIN residents r ON r.id = l.resident_id WHERE l.next_due_on <= ? AND ${IN_RESIDENCE}`)
        .pluck();
      const never = ctx
        .prepare(
          `SELECT count(*) FROM residents r INDEXED BY residents_one_per_bed
           JOIN (SELECT 'ability' AS track UNION ALL SELECT 'braden' UNION ALL SELECT 'morse') t
           WHERE ${IN_RESIDENCE} AND NOT EXISTS (SELECT 1 FROM assessment_latest l WHERE l.resident_id = r.id AND l.track = t.track)`,
        )
        .pluck();
      return () => page((due.get(soon) as number) + (never.get() as number));
    },
    ...viaApi('assessments.due'),
  },
  {
    name: '年度体检待检（65 岁及以上，含完成率）',
    kind: 'read',
    group: '健康档案',
    targets: HEALTH,
    // Residents in residence born 65+ years ago by (status, birth_date); each one's exams of the period by (resident_id, exam_on).
    floor: (ctx: BenchContext) => {
      const since = examWindowStart(examPeriod(ctx.db).mode, ctx.today);
      const bornBy = dayjs(ctx.today).subtract(65, 'year').format('YYYY-MM-DD');
      const q = ctx
        .prepare(
          `SELECT count(*) FROM residents r INDEXED BY residents_status
           WHERE ${IN_RESIDENCE} AND r.birth_date <= ?
             AND NOT EXISTS (SELECT 1 FROM annual_exams e INDEXED BY annual_exams_resident WHERE e.resident_id = r.id AND e.exam_on >= ? AND e.deleted_at IS NULL)`,
        )
        .pluck();
      return () => page(q.get(bornBy, since) as number);
    },
    ...viaApi('exams.due'),
  },
];
