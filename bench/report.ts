import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measured } from './measure.ts';
import { PDF_PHASES, type PdfPhase, type PdfResult, type PdfRun } from './pdf.ts';
import type { Plan } from './plans.ts';
import type { SeedReport } from './seed.ts';
import type { Profile } from './profile.ts';

/** One target of the issue, checked on p95 (the PDF on its median). */
export interface Check {
  operation: string;
  target: string;
  ok: boolean;
  actualMs: number;
  limitMs: number;
}

export const PDF_LIMIT_MS = 5000;

const check = (operation: string, target: string, actualMs: number, limitMs: number): Check => ({
  operation,
  target,
  ok: actualMs <= limitMs,
  actualMs,
  limitMs,
});

/** The operation's own targets (service against its floor, service in ms), and HTTP ≤ 1.5 × service + 2 ms for all. */
export function checksOf(m: Measured): Check[] {
  const floor = m.stats.floor.p95;
  const service = m.stats.service.p95;
  const http = m.stats.http.p95;
  return [
    ...(m.targets.vsFloor ? [check(m.name, `服务 ≤ ${m.targets.vsFloor}×底层`, service, m.targets.vsFloor * floor)] : []),
    ...(m.targets.serviceMs ? [check(m.name, `服务 ≤ ${m.targets.serviceMs} ms`, service, m.targets.serviceMs)] : []),
    check(m.name, 'HTTP ≤ 1.5×服务+2 ms', http, 1.5 * service + 2),
  ];
}

/** A measurement with a table of its own (start-up, backups, heavy reads), with the targets it checks. */
export interface Section {
  title: string;
  header: string[];
  rows: string[][];
  notes: string[];
  checks: Check[];
}

export function sectionCheck(operation: string, target: string, actualMs: number, limitMs: number): Check {
  return check(operation, target, actualMs, limitMs);
}

export function pdfCheck(pdf: PdfResult): Check {
  return { operation: 'PDF 名册', target: `中位数 ≤ ${PDF_LIMIT_MS / 1000} s`, ok: pdf.medianMs <= PDF_LIMIT_MS, actualMs: pdf.medianMs, limitMs: PDF_LIMIT_MS };
}

const ms = (x: number) => x.toFixed(2);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** Columns of the terminal table line up with Chinese text: a CJK or full-width character takes two cells. */
function cells(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return n;
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(cells(h), ...rows.map((r) => cells(r[i] ?? ''))));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i]! - cells(c)) : ' '.repeat(widths[i]! - cells(c)) + c)).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function mdTable(header: string[], rows: string[][]): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(header), `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map(line)].join('\n');
}

const OP_HEADER = ['操作', '底层p50', '底层p95', '服务p50', '服务p95', 'HTTP p50', 'HTTP p95', '服务/底层', '语句 底层/服务', '目标（p95）'];

/** “✓ ≤1.5×底层 ✓ ≤20ms ✓ HTTP”: each target of the row, short. */
const targetCell = (checks: Check[]) =>
  checks.map((c) => `${mark(c.ok)} ${c.target.replace('HTTP ≤ 1.5×服务+2 ms', 'HTTP').replace('服务 ', '').replace(' ms', 'ms')}`).join(' ');

function opRows(measured: Measured[]): string[][] {
  return measured.map((m) => {
    const { floor, service, http } = m.stats;
    return [
      m.name,
      ms(floor.p50),
      ms(floor.p95),
      ms(service.p50),
      ms(service.p95),
      ms(http.p50),
      ms(http.p95),
      `${(service.p95 / floor.p95).toFixed(2)}×`,
      `${m.statements.floor}/${m.statements.service}`,
      targetCell(checksOf(m)),
    ];
  });
}

const groupsOf = (measured: Measured[]) => [...new Set(measured.map((m) => m.group))].map((g) => ({ group: g, items: measured.filter((m) => m.group === g) }));

const PDF_HEADER = ['PDF 名册', '总耗时', ...Object.values(PDF_PHASES)];

function pdfRows(pdf: PdfResult): string[][] {
  const row = (label: string, total: number, phases: PdfRun['phases']) => [
    label,
    ms(total),
    ...(Object.keys(PDF_PHASES) as PdfPhase[]).map((p) => (phases[p] === undefined ? '' : ms(phases[p]))),
  ];
  return [
    row('第 1 次（冷）', pdf.cold.ms, pdf.cold.phases),
    ...pdf.warm.map((r, i) => row(`第 ${i + 2} 次`, r.ms, r.phases)),
    row('中位数（不含冷）', pdf.medianMs, pdf.warmPhases),
  ];
}

const pdfLine = (pdf: PdfResult) =>
  `${mark(pdf.medianMs <= PDF_LIMIT_MS)} 中位数 ${ms(pdf.medianMs)} ms，目标 ≤ ${PDF_LIMIT_MS} ms（冷启动 ${ms(pdf.cold.ms)} ms 单列，不计入）；` +
  `“取数据并绘制”中 filings.roster 服务端 ${ms(pdf.dataMs)} ms；${pdf.residents} 位在住老人，${pdf.pages} 页，${pdf.kb.toFixed(0)} KB`;

const PROFILE_HEADER = ['剖析（中位数 ms）', '服务', 'zod', '会话', 'SQL含提交', 'GC', '其他JS', 'HTTP', '请求到服务', '服务端含JSON', '返回与解析'];

function profileRows(profiles: Profile[]): string[][] {
  return profiles.map((p) => [
    p.operation,
    ms(p.service.total),
    ms(p.service.zod),
    ms(p.service.session),
    ms(p.service.sql),
    ms(p.service.gc),
    ms(p.service.other),
    ms(p.http.total),
    ms(p.http.toServer),
    ms(p.http.server),
    ms(p.http.toClient),
  ]);
}

const PROFILE_NOTE =
  '服务 = zod + 会话（含查锁屏时间的 SQL）+ SQL（含 COMMIT 落盘）+ GC + 其他 JS（行映射、拼音、审计 JSON、异步调度）；' +
  'HTTP = 请求到服务（fetch 发出、服务器收包解析）+ 服务端（dispatch 与 JSON.stringify）+ 返回与解析（回包、客户端读取并 JSON.parse）。';

/** “目标达成 N/M” and each miss with its numbers. */
export function summaryLine(checks: Check[]): string {
  const missed = checks.filter((c) => !c.ok);
  const head = `目标达成 ${checks.length - missed.length}/${checks.length} 项`;
  if (missed.length === 0) return `${head}：全部达成。`;
  return `${head}；未达成：${missed.map((c) => `${c.operation}「${c.target}」实测 ${ms(c.actualMs)} ms > ${ms(c.limitMs)} ms`).join('；')}`;
}

export interface BenchResults {
  startedAt: string;
  totalMs: number;
  environment: Record<string, unknown>;
  /** How the data set came about: seeded (and bulk-loaded) now, or kept from an earlier run. */
  dataset: string[];
  seed: SeedReport;
  sections: Section[];
  operations: (Measured & { checks: Check[] })[];
  pdf: (PdfResult & { check: Check }) | null;
  plans: Plan[];
  /** The breakdown (--profile, or when a target is missed); empty otherwise. */
  profiles: Profile[];
  /** 拼音 keys of one name, µs, measured with the profile. */
  pinyinMicros: number | null;
  summary: string;
  notes: string[];
}

export function assemble(base: Omit<BenchResults, 'operations' | 'pdf' | 'summary'>, measured: Measured[], pdf: PdfResult | null): BenchResults {
  const operations = measured.map((m) => ({ ...m, checks: checksOf(m) }));
  const pdfResult = pdf && { ...pdf, check: pdfCheck(pdf) };
  const checks = [...operations.flatMap((o) => o.checks), ...base.sections.flatMap((s) => s.checks), ...(pdfResult ? [pdfResult.check] : [])];
  return { ...base, operations, pdf: pdfResult, summary: summaryLine(checks) };
}

const OP_NOTE = '底层 = 这件事最好的 SQL（见 bench/floors.ts 各条说明），直接在应用的连接上执行；服务 = 经分发器（zod、会话、SQL、行映射）；HTTP = 经本机 HTTP。';

export function printReport(r: BenchResults): void {
  console.log(`\n单位 ms；p50/p95 为每种方式 ${r.operations.map((o) => o.iterations).filter((n, i, a) => a.indexOf(n) === i).join('/')} 次（读/写）的分位数；比值为 p95 之比。${OP_NOTE}`);
  for (const g of groupsOf(r.operations)) console.log(`\n【${g.group}】\n${textTable(OP_HEADER, opRows(g.items))}`);
  for (const s of r.sections) {
    console.log(`\n【${s.title}】\n${textTable(s.header, s.rows)}`);
    for (const n of s.notes) console.log(n);
  }
  if (r.pdf) console.log(`\n${textTable(PDF_HEADER, pdfRows(r.pdf))}\n${pdfLine(r.pdf)}`);
  if (r.profiles.length > 0) {
    console.log(`\n${textTable(PROFILE_HEADER, profileRows(r.profiles))}\n${PROFILE_NOTE}`);
    if (r.pinyinMicros !== null) console.log(`拼音（nameKeys）每个姓名 ${r.pinyinMicros.toFixed(1)} µs。`);
  }
  for (const note of r.notes) console.log(`注：${note}`);
  console.log(`\n${r.summary}`);
}

/** bench/out/results.json (everything) and results.md (the tables), next to this file; bench/out/ is git-ignored. */
export function writeReport(r: BenchResults, name = 'results'): string {
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(r, null, 2)}\n`);
  const env = Object.entries(r.environment).map(([k, v]) => `- ${k}: ${String(v)}`);
  const md = [
    `# 性能基准（${r.startedAt}）`,
    '',
    ...env,
    ...r.dataset.map((line) => `- ${line}`),
    `- 总耗时：${(r.totalMs / 1000).toFixed(1)} s`,
    '',
    OP_NOTE,
    '',
    ...groupsOf(r.operations).flatMap((g) => [`### ${g.group}`, '', mdTable(OP_HEADER, opRows(g.items)), '']),
    ...r.sections.flatMap((s) => [`### ${s.title}`, '', mdTable(s.header, s.rows), '', ...s.notes.map((n) => `${n}\n`), '']),
    ...(r.pdf ? [mdTable(PDF_HEADER, pdfRows(r.pdf)), '', pdfLine(r.pdf), ''] : []),
    ...(r.profiles.length > 0
      ? [mdTable(PROFILE_HEADER, profileRows(r.profiles)), '', PROFILE_NOTE, ...(r.pinyinMicros !== null ? [`拼音（nameKeys）每个姓名 ${r.pinyinMicros.toFixed(1)} µs。`] : []), '']
      : []),
    ...r.notes.map((n) => `- 注：${n}`),
    '',
    `**${r.summary}**`,
    '',
    ...(r.plans.length > 0
      ? ['## 查询计划', '', ...r.plans.flatMap((p) => [`### ${p.operation}·${p.label}${p.ok === null ? '' : p.ok ? ` ✓ ${p.expectIndex}` : ` ✗ ${p.expectIndex}`}`, '', '```', p.sql, ...p.steps, '```', ''])]
      : []),
  ].join('\n');
  writeFileSync(join(dir, `${name}.md`), md);
  return dir;
}
