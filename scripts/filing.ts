import { copyFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { resolveDataLocation } from '../core/system/paths.ts';
import { allFilings, findFiling } from '../core/filings/registry.ts';
import { firstActiveDirector, getUser } from '../core/users/queries.ts';
import type { ExportedFile } from '../core/filings/schema.ts';
import { startWebApp } from '../server/app.ts';
import { ensureRenderer } from './ensure-renderer.ts';
import { CliError, filingUsage, flagOfField, parseFilingArgs } from './filing-args.ts';

/**
 * `npm run filing -- KIND [options] --out F.pdf` (or F.xlsx where the kind has a workbook): prints any filing
 * of the registry without opening the app, through the same print page and Chromium as web mode, on the demo
 * data unless --data-dir or --real is given. It acts as the home's first active director, and the audit log says so.
 */
async function main(argv: string[]): Promise<number> {
  const kind = argv[0];
  if (!kind || kind.startsWith('-')) {
    console.log(filingUsage(allFilings()));
    return kind === '--help' || kind === '-h' ? 0 : 2;
  }
  const def = findFiling(kind);
  if (!def) {
    console.error(`不认识的报表：${kind}。可用：${allFilings().map((d) => d.kind).join('、')}`);
    return 2;
  }
  const args = parseFilingArgs(def, argv.slice(1));
  if (args.help) {
    console.log(filingUsage([def]));
    return 0;
  }
  const out = resolve(args.out ?? `${def.title}.pdf`);
  const format = extname(out).toLowerCase() === '.xlsx' ? 'xlsx' : 'pdf';
  if (format === 'pdf') ensureRenderer(resolve(import.meta.dirname, '..'));

  const location = resolveDataLocation({ dataDir: args.dataDir, demo: !args.real });
  const app = await startWebApp({ dataDir: location.dataDir, mode: location.mode, backups: false });
  try {
    if (format === 'pdf' && !app.runtime.printer) throw new CliError('未找到 Chromium，无法生成 PDF。请安装：apt-get install -y chromium fonts-noto-cjk');
    const directorId = firstActiveDirector(app.runtime.db);
    if (directorId === null) throw new CliError('此数据文件夹还没有院长账号，请先在程序中完成初始设置');
    const user = getUser(app.runtime.db, directorId);
    const session = app.runtime.sessions.create({ ...user, displayName: `${user.displayName}（命令行）` });
    const started = performance.now();
    const result = await app.dispatch(format === 'pdf' ? 'filings.pdf' : 'filings.xlsx', { kind, input: args.input }, session.id);
    if (!result.ok) {
      const flag = flagOfField(def, result.error.field);
      throw new CliError(flag ? `${flag}：${result.error.message}` : result.error.message);
    }
    const file = result.data as ExportedFile;
    copyFileSync(resolve(app.runtime.exportsDir, file.fileId), out);
    console.log(`已生成 ${out}（${Math.round(performance.now() - started)} ms）`);
    return 0;
  } finally {
    await app.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof CliError ? error.message : error);
  process.exitCode = error instanceof CliError ? 2 : 1;
}
