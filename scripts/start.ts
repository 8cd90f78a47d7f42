import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureRenderer } from './ensure-renderer.ts';
import { electronBinary, tryFetchElectron } from './electron-binary.ts';
import { runWebMode } from '../server/main.ts';

/**
 * `npm start`: the desktop app where Electron's binary is present (fetched on first run if the network
 * allows), otherwise web mode: the same UI and API on 127.0.0.1, printing the address to open.
 * Opens the demo data unless --data-dir (or YLYWT_DATA_DIR) or --real is given.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const wantWeb = args.includes('--web') || process.env.YLYWT_WEB === '1';

ensureRenderer(root);

let electron = wantWeb ? null : electronBinary(root);
if (!wantWeb && electron === null && process.env.YLYWT_NO_ELECTRON_DOWNLOAD !== '1') {
  console.log('首次启动：正在获取 Electron 桌面程序文件…');
  electron = tryFetchElectron(root, 180_000) ? electronBinary(root) : null;
}

if (electron) {
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('./build-electron.ts', import.meta.url))], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const hasData = args.includes('--data-dir') || args.includes('--real') || process.env.YLYWT_DATA_DIR;
  const child = spawn(electron, [root, ...(hasData ? [] : ['--demo']), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await runWebMode(args, wantWeb ? '按要求使用网页模式' : '本机没有 Electron 程序文件，改用网页模式：界面与功能相同');
}
