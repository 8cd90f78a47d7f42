import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from './trust.ts';

// The page's one door to the core: a call goes to main, which checks the sender and relays it.
contextBridge.exposeInMainWorld('ylywt', {
  call: (method: string, input: unknown, sessionId: string | undefined) => ipcRenderer.invoke(API_CHANNEL, method, input, sessionId),
});
