import { parseArgs } from 'node:util';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolveDataLocation } from '../core/system/paths.ts';
import { DatabaseOpenError } from '../db/errors.ts';
import { startWebApp } from './app.ts';

/** Web mode from the command line: prints the address to open and nothing else. */
export async function runWebMode(argv: string[], reason?: string): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      real: { type: 'boolean', default: false },
      port: { type: 'string' },
      'reset-demo': { type: 'boolean', default: false },
      web: { type: 'boolean', default: false },
    },
    strict: false,
  });
  const location = resolveDataLocation({ dataDir: values['data-dir'] as string | undefined, demo: !values.real });
  if (values['reset-demo'] && location.mode === 'demo') rmSync(location.dataDir, { recursive: true, force: true });
  let app;
  try {
    app = await startWebApp({
      dataDir: location.dataDir,
      mode: location.mode,
      ...(values.port ? { port: Number(values.port) } : {}),
    });
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      console.error(`无法打开数据：${error.message}\n数据文件夹：${location.dataDir}`);
      process.exit(2);
    }
    throw error;
  }
  const lines = [
    '',
    `养老医务通 — 网页模式${reason ? `（${reason}）` : ''}`,
    `  数据：${location.mode === 'demo' ? '演示数据' : '正式数据'}  ${location.dataDir}`,
    app.runtime.printer ? '  打印：使用本机 Chromium 生成 PDF' : '  打印：未找到 Chromium/Edge，暂不能生成 PDF',
    '',
    `  请在浏览器中打开：${app.openUrl}`,
    '',
    '  按 Ctrl+C 退出。',
    '',
  ];
  console.log(lines.join('\n'));
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runWebMode(process.argv.slice(2));
}
