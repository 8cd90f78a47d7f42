import { BrowserWindow, dialog } from 'electron';
import { APP_NAME } from '../core/system/paths.ts';
import { APP_ORIGIN } from './trust.ts';
import { secureWebPreferences } from './web-preferences.ts';

/** Shown only once the page has drawn, so nobody stares at a white window. */
export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: APP_NAME,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload),
  });
  window.once('ready-to-show', () => {
    window.maximize();
    window.show();
  });
  window.loadURL(`${APP_ORIGIN}/index.html`).catch((error: unknown) => {
    dialog.showErrorBox('界面加载失败', `无法显示程序界面：${error instanceof Error ? error.message : String(error)}\n请重新安装“养老医务通”。`);
    window.show();
  });
  return window;
}
