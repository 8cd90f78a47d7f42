import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from './measure.ts';

export interface WebStart {
  /** From spawn to the line with the address. */
  readyMs: number;
  /** Resident memory of the process then, and 3 s later (MB; Linux only). */
  rssMb: number | null;
  settledRssMb: number | null;
}

function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** One start of web mode (`node server/main.ts`) of the project at `root` on `dataDir`, stopped with SIGTERM once measured. */
function startOnce(root: string, dataDir: string): Promise<WebStart> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'server', 'main.ts'), '--data-dir', dataDir, '--real', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!out.includes('请在浏览器中打开')) return;
      child.stdout.removeAllListeners('data');
      const readyMs = performance.now() - started;
      const rss = rssMb(child.pid!);
      setTimeout(() => {
        const settled = rssMb(child.pid!);
        child.once('exit', () => resolve({ readyMs, rssMb: rss, settledRssMb: settled }));
        child.kill('SIGTERM');
      }, 3000);
    });
    child.once('exit', (code) => {
      if (!out.includes('请在浏览器中打开')) reject(new Error(`网页模式没有启动（退出码 ${code}）：${err}`));
    });
  });
}

/** Medians of `runs` starts of web mode: time to the address line and the process's memory at start. */
export async function measureWebStart(root: string, dataDir: string, runs: number): Promise<WebStart> {
  const all: WebStart[] = [];
  for (let i = 0; i < runs; i++) all.push(await startOnce(root, dataDir));
  const med = (f: (w: WebStart) => number | null) => {
    const xs = all.map(f).filter((x): x is number => x !== null).sort((a, b) => a - b);
    return xs.length ? percentile(xs, 0.5) : null;
  };
  return { readyMs: med((w) => w.readyMs)!, rssMb: med((w) => w.rssMb), settledRssMb: med((w) => w.settledRssMb) };
}

// `node bench/webStart.ts <项目目录> <数据文件夹> [次数]`: the same measurement of another checkout (before/after).
if (import.meta.main) {
  const [root, dataDir, runs] = process.argv.slice(2);
  if (!root || !dataDir) throw new Error('用法：node bench/webStart.ts <项目目录> <数据文件夹> [次数]');
  console.log(JSON.stringify(await measureWebStart(root, dataDir, Number(runs ?? 5))));
}
