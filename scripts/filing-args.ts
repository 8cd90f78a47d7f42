import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { FilingDef } from '../core/filings/define.ts';

/** The options every kind takes, besides its own. */
export const COMMON_OPTIONS = {
  out: { type: 'string' },
  'data-dir': { type: 'string' },
  real: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

export class CliError extends Error {}

/** node:util's parseArgs errors, in the words of the rest of the app. */
function parseArgsProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项：${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项 ${option} 需要一个值，如 ${option} 2`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数：${/'([^']+)'/.exec(message)?.[1] ?? ''}`;
  return message.split('\n')[0] ?? message;
}

/** `--help` text for one kind, or for all when none is given. */
export function filingUsage(defs: readonly FilingDef[]): string {
  const lines = ['用法：npm run filing -- 报表 [选项] --out 文件.pdf（或 .xlsx）', '  公共选项：--out 文件  --data-dir 数据文件夹  --real（正式数据；默认演示数据）', ''];
  for (const def of defs) {
    lines.push(`  ${def.kind}　${def.title}${def.workbook ? '（也可 --out 文件.xlsx）' : ''}`);
    for (const o of def.cli) lines.push(`      --${o.flag}${o.type === 'boolean' ? '' : ` <${o.type === 'int' ? '数字' : '值'}>`}　${o.help}`);
  }
  return lines.join('\n');
}

/**
 * Reads the command line of one kind: its own flags (from its `cli` declaration) become its input, checked
 * later by the kind's schema like any other input; unknown flags are refused here with the ones it takes.
 */
export function parseFilingArgs(def: FilingDef, args: readonly string[]) {
  const own: NonNullable<ParseArgsConfig['options']> = {};
  for (const o of def.cli) own[o.flag] = { type: o.type === 'boolean' ? 'boolean' : 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...own }, allowPositionals: false, strict: true });
  } catch (error) {
    const accepted = def.cli.map((o) => `--${o.flag}`).join(' ') || '（无）';
    throw new CliError(`${parseArgsProblem(error)}\n“${def.kind}”可用的选项：${accepted}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const input: Record<string, unknown> = {};
  for (const o of def.cli) {
    const v = values[o.flag];
    if (v === undefined) continue;
    if (o.type === 'int') {
      if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw new CliError(`--${o.flag} 应为整数，现在是“${String(v)}”`);
      input[o.field] = Number(v);
    } else input[o.field] = v;
  }
  return {
    input,
    out: values.out as string | undefined,
    dataDir: values['data-dir'] as string | undefined,
    real: values.real === true,
    help: values.help === true,
  };
}

/** Names the flag behind a field the kind's schema refused (`input.floor` → `--floor`). */
export function flagOfField(def: FilingDef, field: string | undefined): string | null {
  const name = field?.replace(/^input\./, '').split('.')[0];
  const option = def.cli.find((o) => o.field === name);
  return option ? `--${option.flag}` : null;
}
