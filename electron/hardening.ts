import { join } from 'node:path';
import { app, session, type WebContents } from 'electron';
import { isAppUrl } from './trust.ts';

/** No page of ours opens windows or leaves app://; a link that tries does nothing rather than load the web inside the app. */
function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Installed once, before the first window: every web contents is hardened, every permission
 * (camera, notifications, geolocation…) is refused, and files the renderer saves (PDF, Excel via a
 * Blob and <a download>) go through the system save dialog, starting in 文档.
 */
export function installHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: '保存文件',
      buttonLabel: '保存',
      defaultPath: join(app.getPath('documents'), item.getFilename()),
    });
  });
}
