import type { FilingRequest } from './schema.ts';

/** What to print and where the PDF goes: the file is written where it is made, so no PDF crosses a process as bytes. */
export interface PrintJob {
  request: FilingRequest;
  sessionId: string;
  outFile: string;
}

/**
 * Turns a filing into a PDF file. Electron implements it with webContents.printToPDF, Node (web mode, the
 * command line, tests) with playwright-core driving the system Chromium; the core only asks.
 */
export interface PdfPrinter {
  print(job: PrintJob): Promise<void>;
  /** Shows the system print dialog; resolves true if the person printed. Only where there is a window to own it. */
  printDialog?(request: FilingRequest, sessionId: string): Promise<boolean>;
  /** Starts the print engine ahead of the first print, when someone reaches for a print button. */
  warm?(): Promise<void>;
}
