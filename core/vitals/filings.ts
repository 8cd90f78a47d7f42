import type { Db } from '../../db/open.ts';
import { defineFiling, filingHeader } from '../filings/define.ts';
import { stmt } from '../shared/statements.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { ABNORMAL_LIST_PRINTERS, ROUND_SHEET_PRINTERS } from './access.ts';
import { abnormalVitals, flagWords, type AbnormalRow } from './abnormal.ts';
import type { FlagMeasure } from './flags.ts';
import type { RangeSource } from './ranges.ts';
import { roundGrid } from './roundGrid.ts';
import { homeRanges } from './thresholds.ts';
import { trendSvg } from './trendSvg.ts';
import { vitalsTrend } from './trend.ts';
import { abnormalInput, roundSheetInput, SHIFTS, type AbnormalInput, type RoundSheetInput, type TrendMeasure } from './schema.ts';

/** Printed under every vitals filing: the input guards are the software's own checks, not a standard. */
export const GUARD_NOTE =
  '录入时拒收的不可能数值（如收缩压低于 40 或高于 300 mmHg、体温低于 30 或高于 45 ℃）是本软件的输入检查（工程取值），不是标准；超出常见范围的数值需录入人确认后才保存。';

export interface RoundSheetRow {
  no: number;
  bed: string;
  name: string;
  sex: string;
  age: number;
}

export interface RoundSheet extends FilingHeader {
  floor: number;
  /** Filled in when asked for; blank lines to write on otherwise. */
  date: string | null;
  shift: string | null;
  rows: RoundSheetRow[];
  /** Words for a floor with nobody on it. */
  empty: string | null;
  sources: RangeSource[];
  guardNote: string;
}

function sheetScope(input: RoundSheetInput): string {
  return `${input.floor} 楼${input.date ? ` · ${input.date}` : ''}${input.shift ? ` · ${SHIFTS[input.shift]}` : ''} · 空白测量表（${input.date ? '' : '日期、'}数值由测量人手写）`;
}

/**
 * 生命体征测量表（空白）: a floor's residents with their beds, and empty cells for each measure, for a round
 * on paper (the power is out, the PC is busy, a new nurse). The bands are printed at its foot to judge by.
 */
export const roundSheetFiling = defineFiling({
  kind: 'round-sheet',
  title: '生命体征测量表',
  layout: 'sheet',
  input: roundSheetInput,
  access: ROUND_SHEET_PRINTERS,
  cli: [
    { flag: 'floor', field: 'floor', type: 'int', help: '楼层（必填）' },
    { flag: 'date', field: 'date', type: 'string', help: '测量日期，如 2026-11-23（不填则留空手写）' },
    { flag: 'shift', field: 'shift', type: 'string', help: 'am（上午）| pm（下午）（不填则留空）' },
  ],
  example: ['--floor', '1'],
  describe: sheetScope,
  build(ctx, input): RoundSheet {
    // A floor with nobody on it prints its header and says so (a refusal here would reach the person only as
    // the print page's failure, not in these words).
    const grid = roundGrid(ctx.db, { floor: input.floor, date: input.date ?? ctx.today, shift: input.shift ?? 'am' }, ctx.today);
    return {
      ...filingHeader(ctx, '生命体征测量表', sheetScope(input)),
      floor: input.floor,
      date: input.date,
      shift: input.shift ? SHIFTS[input.shift] : null,
      rows: grid.rows.map((r, i) => ({ no: i + 1, bed: r.bedLabel, name: r.name, sex: r.sex, age: r.age })),
      empty: grid.rows.length === 0 ? `${input.floor} 楼${input.date ? `在 ${input.date}` : '现在'}没有在住老人` : null,
      sources: homeRanges(ctx.db).sources,
      guardNote: GUARD_NOTE,
    };
  },
});

export interface AbnormalFilingRow {
  no: number;
  bed: string;
  name: string;
  sexAge: string;
  time: string;
  flags: string[];
  level: '明显异常' | '异常';
  note: string;
}

export interface AbnormalTrendChart {
  title: string;
  caption: string;
  svg: string;
}

export interface AbnormalVitalsFiling extends FilingHeader {
  date: string;
  rows: AbnormalFilingRow[];
  residents: number;
  measured: number;
  charts: AbnormalTrendChart[];
  sources: RangeSource[];
  guardNote: string;
}

const TREND_OF: Record<FlagMeasure, TrendMeasure | null> = {
  bp: 'bp',
  pulse: 'pulse',
  temp: 'temp',
  resp: 'resp',
  spo2: 'spo2',
  glucose: null,
  bmi: 'weight',
};

/** Charts for the clearly abnormal (明显异常) ones: the flagged measure's last 7 days, at most a page's worth. */
const MAX_CHARTS = 6;

function charts(ctx: { db: Db; now: Date }, rows: AbnormalRow[]): AbnormalTrendChart[] {
  const out: AbnormalTrendChart[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.level !== 'severe') continue;
    for (const f of r.flags.filter((x) => x.level === 'severe')) {
      const measure = f.measure === 'glucose' ? glucoseTrendOf(ctx.db, r) : TREND_OF[f.measure];
      if (!measure || seen.has(`${r.residentId}:${measure}`) || out.length >= MAX_CHARTS) continue;
      seen.add(`${r.residentId}:${measure}`);
      const trend = vitalsTrend(ctx.db, r.residentId, measure, '7d', ctx.now);
      out.push({
        title: `${r.bedLabel}床 ${r.name}：${trend.label}（近 7 天）`,
        caption: `${trend.bandText}；◆ 明显异常 ● 异常`,
        svg: trendSvg(trend, { width: 620, height: 200 }),
      });
    }
  }
  return out;
}

/** A glucose flag's chart is of the kind that was flagged (空腹, 餐后2小时 or 随机). */
function glucoseTrendOf(db: Db, r: AbnormalRow): TrendMeasure {
  const kind = stmt<number | null>(db, 'SELECT glucose_kind FROM vital_signs WHERE resident_id = ? AND taken_at = ?')
    .pluck()
    .get(r.residentId, r.takenAt) as number | null;
  return kind === 0 ? 'glucoseFasting' : kind === 1 ? 'glucosePostMeal' : 'glucoseRandom';
}

function abnormalScope(input: AbnormalInput, date: string): string {
  return `${date}${input.floor === null ? ' 全院' : ` ${input.floor} 楼`}生命体征异常记录`;
}

/**
 * 今日生命体征异常: the day's abnormal readings for the whole home (or a floor), 明显异常 first, the trend of
 * each clearly abnormal measure over the week, and what every band is based on (待核实 where it is unverified).
 */
export const abnormalVitalsFiling = defineFiling({
  kind: 'abnormal-vitals',
  title: '生命体征异常名单',
  layout: 'sheet',
  input: abnormalInput,
  access: ABNORMAL_LIST_PRINTERS,
  cli: [
    { flag: 'date', field: 'date', type: 'string', help: '日期，如 2026-11-23（默认今天）' },
    { flag: 'floor', field: 'floor', type: 'int', help: '只印某一层' },
  ],
  example: [],
  describe: (input) => abnormalScope(input, input.date ?? '今天'),
  build(ctx, input): AbnormalVitalsFiling {
    const list = abnormalVitals(ctx.db, input, ctx.today);
    return {
      ...filingHeader(ctx, '生命体征异常名单', abnormalScope(input, list.date)),
      date: list.date,
      residents: list.residents,
      measured: list.measured,
      rows: list.rows.map((r, i) => ({
        no: i + 1,
        bed: r.bedLabel,
        name: r.name,
        sexAge: `${r.sex} ${r.age}`,
        time: `${r.time}${r.shift ? `（${r.shiftLabel}）` : '（单独录入）'}`,
        flags: r.flags.map(flagWords),
        level: r.level === 'severe' ? '明显异常' : '异常',
        note: r.note,
      })),
      charts: charts(ctx, list.rows),
      sources: list.sources,
      guardNote: GUARD_NOTE,
    };
  },
});
