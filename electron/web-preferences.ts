import type { WebPreferences } from 'electron';

/**
 * Every window the app opens (the main one and the hidden print windows) gets these: the page is a
 * plain web page in Chromium's sandbox, its scripts cannot reach Node or the preload's world, and the
 * only door to the core is the one function the preload exposes.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}
