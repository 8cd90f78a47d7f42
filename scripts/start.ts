import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureRenderer } from './ensure-renderer.ts';
import { electronBinary, tryFetchElectron } from './electron-binary.ts';
import { desktopAt, installerPresent, reachDownloadServer, readRemembered, remember, rememberedFile } from './desktop-availability.ts';
import { runWebMode } from '../server/main.ts';

/**
 * `npm start`: the desktop app where Electron's program is present (fetched on first run if the network
 * allows), otherwise web mode: the same UI and API on 127.0.0.1, printing the address to open.
 * Opens the demo data unless --data-dir (or YLYWT_DATA_DIR) or --real is given.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const wantWeb = args.includes('--web') || process.env.YLYWT_WEB === '1';

ensureRenderer(root);

async function desktopBinary(): Promise<{ binary: string } | { reason: string }> {
  const memo = rememberedFile(root);
  const now = new Date();
  const decision = desktopAt({ binary: electronBinary(root), remembered: readRemembered(memo), now, installerPresent: installerPresent(root) });
  if (decision.kind === 'present') return { binary: decision.binary };
  if (decision.kind === 'unavailable') return { reason: decision.reason };
  if (process.env.YLYWT_NO_ELECTRON_DOWNLOAD === '1') return { reason: '已设置不下载 Electron' };
  const unreachable = await reachDownloadServer();
  if (unreachable === null) {
    console.log('首次启动：正在下载 Electron 桌面程序（约 100 MB，只需一次）…');
    const fetched = tryFetchElectron(root, 10 * 60_000);
    const binary = fetched ? electronBinary(root) : null;
    if (binary) return { binary };
    remember(memo, '下载 Electron 桌面程序没有成功', now);
    return { reason: '下载 Electron 桌面程序没有成功' };
  }
  remember(memo, unreachable, now);
  return { reason: unreachable };
}

const desktop = wantWeb ? { reason: '按要求使用网页模式' } : await desktopBinary();
if ('binary' in desktop) {
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('./build-electron.ts', import.meta.url))], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const hasData = args.includes('--data-dir') || args.includes('--real') || process.env.YLYWT_DATA_DIR;
  const child = spawn(desktop.binary, [root, ...(hasData ? [] : ['--demo']), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await runWebMode(args, wantWeb ? desktop.reason : `桌面窗口不可用：${desktop.reason}；已改用网页模式，界面与功能相同`);
}
