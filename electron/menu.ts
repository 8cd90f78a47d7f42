import { app, dialog, Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import { APP_NAME, type DataLocation } from '../core/system/paths.ts';

function showAbout(window: BaseWindow | undefined, location: DataLocation): void {
  const options = {
    type: 'info' as const,
    title: `关于 ${APP_NAME}`,
    message: `${APP_NAME} ${app.getVersion()}`,
    detail: `当前使用：${location.mode === 'demo' ? '演示数据' : '正式数据'}\n数据文件夹：${location.dataDir}`,
    buttons: ['确定'],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** A short zh-CN menu; zoom is there because many who use it read better with larger text. */
export function installMenu(location: DataLocation): void {
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新加载' },
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        // Ctrl+= as well: Ctrl+Plus needs Shift on most keyboards.
        { role: 'zoomIn', label: '放大', accelerator: 'CommandOrControl+=', visible: false },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '帮助', submenu: [{ label: `关于 ${APP_NAME}`, click: (_item, window) => showAbout(window, location) }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
