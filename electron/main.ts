import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { exportsDirOf } from '../core/shared/exports.ts';
import { uploadsDirOf } from '../core/shared/uploads.ts';
import { installHardening } from './hardening.ts';
import { startCoreHost, type CoreHost } from './host-process.ts';
import { launchLocation } from './launch-args.ts';
import { createMainWindow } from './main-window.ts';
import { installMenu } from './menu.ts';
import { createWindowPrinter } from './printing.ts';
import { API_CHANNEL, FORBIDDEN_REPLY, isTrustedSender } from './trust.ts';

/**
 * Electron's main process: one instance, one window, the core in a utilityProcess, and IPC that only
 * our own pages may use. Everything the app does happens in core/; this file only wires.
 */
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const PRELOAD = here('./preload.cjs');
const CORE_HOST = here('./core-host.mjs');
const RENDERER = here('../dist/renderer/');

/** A dialog a person can read, then quit: never a blank window. */
function fail(title: string, message: string, host?: CoreHost): void {
  dialog.showErrorBox(title, message);
  host?.kill();
  app.exit(1);
}

async function start(): Promise<void> {
  const location = launchLocation(process.argv.slice(1), app.getPath('userData'));
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // The installer's shortcuts carry the appId; the same id keeps the taskbar button and a pinned shortcut together.
  if (process.platform === 'win32') app.setAppUserModelId('cn.ylywt.app');
  await app.whenReady();

  if (!existsSync(join(RENDERER, 'index.html'))) {
    fail('界面文件缺失', `找不到程序界面文件：${RENDERER}\n请重新安装“养老医务通”（开发时先运行 npm run build:renderer）。`);
    return;
  }
  installHardening();
  serveAppProtocol(RENDERER, exportsDirOf(location.dataDir), uploadsDirOf(location.dataDir));
  installMenu(location);

  const printer = createWindowPrinter(PRELOAD);
  const host = startCoreHost({ modulePath: CORE_HOST, location, printPdf: printer.pdf, printDialog: printer.dialog });
  const started = await host.started;
  if (!started.ok) {
    fail('无法打开数据', `${started.message}\n\n数据文件夹：${location.dataDir}`, host);
    return;
  }
  host.onCrash((code) =>
    fail('养老医务通意外停止', `后台数据服务意外停止（退出码 ${code}）。已保存的数据不受影响，请重新打开程序；若反复出现，请联系维护人员。`),
  );

  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown, sessionId: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) return FORBIDDEN_REPLY;
    if (typeof method !== 'string') return { ok: false, error: { code: 'UNKNOWN_METHOD', message: '没有这个接口' } };
    return host.call(method, input, typeof sessionId === 'string' ? sessionId : undefined);
  });

  // Let the host close the database cleanly before the app goes.
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void host.stop().finally(() => {
      stopped = true;
      app.quit();
    });
  });

  mainWindow = createMainWindow(PRELOAD);
}

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();
else {
  start().catch((error: unknown) => fail('启动失败', `养老医务通无法启动：${error instanceof Error ? error.message : String(error)}`));
}
