import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inUseMarker } from '../db/integrity.ts';
import { DB_FILE_NAME } from '../core/system/runtime.ts';
import { percentile } from './measure.ts';
import { sectionCheck, type Section } from './report.ts';

interface Start {
  nodeMs: number;
  importMs: number;
  bootMs: number;
  statusMs: number;
}

/** The start-up target of issue #7: bootRuntime and the first auth.status on the big file within 2 s. */
export const STARTUP_LIMIT_MS = 2000;

function startOnce(dataDir: string): Start {
  const child = fileURLToPath(new URL('./startupChild.ts', import.meta.url));
  const out = execFileSync(process.execPath, [child, dataDir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Start;
}

const ms = (x: number) => x.toFixed(0);

/**
 * Starts the app `runs` times in fresh processes after a clean close (the page cache warm, as on a PC where the
 * app ran before), then once as after a crash (the in-use marker left behind), which checks the file first.
 */
export function measureStartup(dataDir: string, runs: number): Section {
  const clean = Array.from({ length: runs }, () => startOnce(dataDir));
  writeFileSync(inUseMarker(join(dataDir, DB_FILE_NAME)), '{"bench":"上次未正常关闭"}\n');
  const unclean = startOnce(dataDir);
  const open = (s: Start) => s.bootMs + s.statusMs;
  const sorted = clean.map(open).sort((a, b) => a - b);
  const row = (label: string, xs: Start[]) => {
    const pick = (f: (s: Start) => number) => percentile(xs.map(f).sort((a, b) => a - b), 0.5);
    return [label, String(xs.length), ms(pick((s) => s.nodeMs)), ms(pick((s) => s.importMs)), ms(pick((s) => s.bootMs)), ms(pick((s) => s.statusMs)), ms(pick(open)), ms(Math.max(...xs.map(open)))];
  };
  return {
    title: '启动（新进程：bootRuntime + 第一次 auth.status）',
    header: ['情形', '次数', 'Node 自身', '加载模块', 'bootRuntime', 'auth.status', '打开+首个调用（中位数）', '最慢'],
    rows: [row('上次正常关闭', clean), row('上次未正常关闭（先 quick_check）', [unclean])],
    notes: [
      '“打开+首个调用”即 bootRuntime（打开数据库、迁移、准备报表线程）加第一次 auth.status。未正常关闭时打开前先做 quick_check，要读完整个文件：文件已在系统缓存中时快，否则取决于磁盘读整个文件的速度。',
    ],
    checks: [sectionCheck('启动（上次正常关闭）', `最慢一次 ≤ ${STARTUP_LIMIT_MS / 1000} s`, sorted.at(-1)!, STARTUP_LIMIT_MS)],
  };
}
