import type { FilingRequest } from './schema.ts';

/**
 * Turns a filing into PDF bytes. Electron implements it with webContents.printToPDF,
 * Node (web mode, CLI, tests) with playwright-core driving the system Chromium; the core only asks.
 */
export interface PdfPrinter {
  print(request: FilingRequest, sessionId: string): Promise<Uint8Array>;
  /** Shows the system print dialog; resolves true if the person printed. Only where there is a window to own it. */
  printDialog?(request: FilingRequest, sessionId: string): Promise<boolean>;
}
