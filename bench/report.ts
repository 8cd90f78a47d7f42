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

/** service p95 ≤ 1.5 × floor p95 and ≤ 20 ms; http p95 ≤ 1.5 × service p95 + 2 ms. */
export function checksOf(m: Measured): Check[] {
  const floor = m.stats.floor.p95;
  const service = m.stats.service.p95;
  const http = m.stats.http.p95;
  const check = (target: string, actualMs: number, limitMs: number): Check => ({
    operation: m.name,
    target,
    ok: actualMs <= limitMs,
    actualMs,
    limitMs,
  });
  return [
    check('服务 ≤ 1.5×底层', service, 1.5 * floor),
    check('服务 ≤ 20 ms', service, 20),
    check('HTTP ≤ 1.5×服务+2 ms', http, 1.5 * service + 2),
  ];
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

const OP_HEADER = ['操作', '底层p50', '底层p95', '服务p50', '服务p95', 'HTTP p50', 'HTTP p95', '服务/底层', 'HTTP/服务', '服务≤1.5×底层', '服务≤20ms', 'HTTP≤1.5×服务+2'];

function opRows(measured: Measured[]): string[][] {
  return measured.map((m) => {
    const [vsFloor, abs, vsService] = checksOf(m);
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
      `${(http.p95 / service.p95).toFixed(2)}×`,
      mark(vsFloor!.ok),
      mark(abs!.ok),
      mark(vsService!.ok),
    ];
  });
}

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
  seed: SeedReport;
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
  const checks = [...operations.flatMap((o) => o.checks), ...(pdfResult ? [pdfResult.check] : [])];
  return { ...base, operations, pdf: pdfResult, summary: summaryLine(checks) };
}

export function printReport(r: BenchResults): void {
  console.log(`\n单位 ms；p50/p95 为每种方式 ${r.operations.map((o) => o.iterations).filter((n, i, a) => a.indexOf(n) === i).join('/')} 次（读/写）的分位数；比值为 p95 之比。\n`);
  console.log(textTable(OP_HEADER, opRows(r.operations)));
  if (r.pdf) console.log(`\n${textTable(PDF_HEADER, pdfRows(r.pdf))}\n${pdfLine(r.pdf)}`);
  if (r.profiles.length > 0) {
    console.log(`\n${textTable(PROFILE_HEADER, profileRows(r.profiles))}\n${PROFILE_NOTE}`);
    if (r.pinyinMicros !== null) console.log(`拼音（nameKeys）每个姓名 ${r.pinyinMicros.toFixed(1)} µs。`);
  }
  for (const note of r.notes) console.log(`注：${note}`);
  console.log(`\n${r.summary}`);
}

/** bench/out/results.json (everything) and results.md (the tables), next to this file; bench/out/ is git-ignored. */
export function writeReport(r: BenchResults): string {
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(r, null, 2)}\n`);
  const env = Object.entries(r.environment).map(([k, v]) => `- ${k}: ${String(v)}`);
  const md = [
    `# 性能基准（${r.startedAt}）`,
    '',
    ...env,
    `- 生成数据：${(r.seed.ms / 1000).toFixed(1)} s（在住 ${r.seed.residents}，离院 ${r.seed.left}，床位 ${r.seed.beds}，审计 ${r.seed.auditRows} 条，文件 ${r.seed.fileMb.toFixed(1)} MB）`,
    `- 总耗时：${(r.totalMs / 1000).toFixed(1)} s`,
    '',
    mdTable(OP_HEADER, opRows(r.operations)),
    '',
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
  writeFileSync(join(dir, 'results.md'), md);
  return dir;
}
