import type { ParentPort } from 'electron';
import type { Runtime } from '../core/system/runtime.ts';
import { bootRuntime } from '../core/system/boot.ts';
import { createDispatcher } from '../core/api/dispatch.ts';
import { methods } from '../core/api/methods.ts';
import { startBackupSchedule } from '../core/system/backups.ts';
import { createHostSide, createPrintRelay, describeStartupError, parseHostArgs, type FromHost } from './host-protocol.ts';

/**
 * Entry of the utilityProcess that owns the core: opens the data folder main names on the command
 * line, answers calls through the same dispatcher as web mode, and asks main to print.
 */
function main(port: ParentPort): void {
  const send = (message: FromHost) => port.postMessage(message);
  const printer = createPrintRelay(send);
  let runtime: Runtime;
  try {
    const { dataDir, mode } = parseHostArgs(process.argv);
    // The build bundles the heavy-read worker beside this file (scripts/build-electron.ts).
    runtime = bootRuntime({ dataDir, mode, printer, heavyWorkerUrl: new URL('./heavy-read-worker.mjs', import.meta.url) });
  } catch (error) {
    console.error('[core-host] 启动失败', error);
    send({ type: 'fatal', message: describeStartupError(error) });
    // Leave main time to read the message; it quits and takes us with it.
    setTimeout(() => process.exit(1), 5000);
    return;
  }
  const backups = startBackupSchedule(runtime);
  const host = createHostSide({
    send,
    // Heavy reads stay JSON bytes on their way to the page, which parses them (core/shared/jsonBody.ts).
    dispatch: createDispatcher(runtime, methods, { jsonBody: true }),
    printer,
    onShutdown() {
      // Main waits a few seconds for us; abandoning a backup takes one step of it (a few ms).
      void backups
        .stop()
        .catch((error: unknown) => console.error('[core-host] 停止自动备份', error))
        .finally(() => {
          void runtime.heavy?.close();
          void runtime.maintenance?.close();
          try {
            runtime.db.close();
          } catch (error) {
            // The file stays marked in use, so the next start checks it; SQLite's WAL keeps it safe either way.
            console.error('[core-host] 关闭数据库', error);
          }
          process.exit(0);
        });
    },
  });
  port.on('message', (event) => host.receive(event.data));
  send({ type: 'ready' });
}

// Typed by Electron as always present; it is missing when this file is run any other way.
const port = (process as { parentPort?: ParentPort }).parentPort;
if (port) main(port);
else {
  console.error('core-host 只能由“养老医务通”主程序启动。');
  process.exit(1);
}
