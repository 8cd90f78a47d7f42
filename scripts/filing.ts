import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataLocation } from '../core/system/paths.ts';
import { stmt } from '../core/shared/statements.ts';
import { getUser } from '../core/auth/users.ts';
import { rosterFilter } from '../core/residents/schema.ts';
import { FILING_TITLES, filingRequest } from '../core/filings/schema.ts';
import { startWebApp } from '../server/app.ts';
import { ensureRenderer } from './ensure-renderer.ts';

/**
 * `npm run filing -- roster --out roster.pdf [--data-dir DIR] [--status in_residence|left|all] [--floor N] [--aged65]`
 * Prints a filing to PDF without opening the app, through the same print page and Chromium as web mode.
 * It acts as the home's first active director, and the audit log says so.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    'data-dir': { type: 'string' },
    real: { type: 'boolean', default: false },
    status: { type: 'string', default: 'in_residence' },
    floor: { type: 'string' },
    aged65: { type: 'boolean', default: false },
  },
});
const kind = positionals[0] ?? 'roster';
if (!(kind in FILING_TITLES)) {
  console.error(`不认识的报表：${kind}。可用：${Object.keys(FILING_TITLES).join('、')}`);
  process.exit(2);
}
const filter = rosterFilter.safeParse({
  status: values.status,
  floor: values.floor === undefined ? null : Number(values.floor),
  aged65: values.aged65,
});
if (!filter.success) {
  console.error(`参数有误：${filter.error.issues[0]?.message}`);
  process.exit(2);
}
const request = filingRequest.parse({ kind, filter: filter.data });
const out = resolve(values.out ?? `${FILING_TITLES[request.kind]}.pdf`);

ensureRenderer(resolve(import.meta.dirname, '..'));
const location = resolveDataLocation({ dataDir: values['data-dir'], demo: !values.real });
const app = await startWebApp({ dataDir: location.dataDir, mode: location.mode, backups: false });
try {
  if (!app.runtime.printer) throw new Error('未找到 Chromium，无法生成 PDF。请安装：apt-get install -y chromium fonts-noto-cjk');
  const director = stmt<{ id: number }>(app.runtime.db, `SELECT id FROM users WHERE role = 'director' AND active = 1 ORDER BY id LIMIT 1`).get();
  if (!director) throw new Error('此数据文件夹还没有院长账号，请先在程序中完成初始设置');
  const user = getUser(app.runtime.db, director.id);
  const session = app.runtime.sessions.create({ ...user, displayName: `${user.displayName}（命令行）` });
  const started = performance.now();
  const result = await app.dispatch('filings.pdf', request, session.id);
  if (!result.ok) throw new Error(result.error.message);
  const pdf = result.data as { base64: string };
  writeFileSync(out, Buffer.from(pdf.base64, 'base64'));
  console.log(`已生成 ${out}（${Math.round(performance.now() - started)} ms）`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await app.close();
}
