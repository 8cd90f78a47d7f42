import { utilityProcess } from 'electron';
import type { FilingRequest } from '../core/filings/schema.ts';
import type { DataLocation } from '../core/system/paths.ts';
import { createHostConnection, hostArgs, type HostConnection } from './host-protocol.ts';

export interface CoreHost extends Pick<HostConnection, 'started' | 'call'> {
  /** Called if the host ends on its own after it had started (a crash): main cannot go on without it. */
  onCrash(listener: (code: number) => void): void;
  /** Asks the host to close the database cleanly; kills it if it has not ended in time. */
  stop(timeoutMs?: number): Promise<void>;
  kill(): void;
}

/**
 * The core (database, reports, backups) runs in a utilityProcess so that a long report never freezes
 * the window; main only relays calls to it and prints for it.
 */
export function startCoreHost(options: {
  modulePath: string;
  location: DataLocation;
  printPdf(request: FilingRequest, sessionId: string, outFile: string): Promise<void>;
  printDialog(request: FilingRequest, sessionId: string): Promise<boolean>;
}): CoreHost {
  const child = utilityProcess.fork(options.modulePath, hostArgs(options.location), { serviceName: '养老医务通 数据服务' });
  const connection = createHostConnection({
    send: (message) => child.postMessage(message),
    printPdf: options.printPdf,
    printDialog: options.printDialog,
  });
  let stopping = false;
  let startedOk = false;
  let crashListener: ((code: number) => void) | undefined;
  void connection.started.then((start) => {
    startedOk = start.ok;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('message', (message) => connection.receive(message));
  child.on('exit', (code) => {
    connection.exited(code);
    if (startedOk && !stopping) crashListener?.(code);
  });
  return {
    started: connection.started,
    call: connection.call,
    onCrash(listener) {
      crashListener = listener;
    },
    async stop(timeoutMs = 5000) {
      if (!connection.alive) return;
      stopping = true;
      try {
        child.postMessage({ type: 'shutdown' });
      } catch {
        // Already on its way out.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
      if (connection.alive) child.kill();
    },
    kill() {
      stopping = true;
      if (connection.alive) child.kill();
    },
  };
}
