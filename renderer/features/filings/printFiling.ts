import type { FilingRequest } from '../../../core/filings/schema.ts';
import type { FilingKind } from '../../../core/filings/registry.ts';
import { call, isElectron } from '../../api/client.ts';
import { saveExport } from '../../ui/download.ts';

/** A request for one kind of filing, typed by the kind's name. */
export type FilingOf = { kind: FilingKind; input: unknown } & FilingRequest;

/**
 * 打印: in the app, the system print dialog; in web mode, the PDF downloads (open it and print from the viewer).
 * Returns what happened, in words for a message.
 */
export async function printFiling(request: FilingOf): Promise<string> {
  if (isElectron()) {
    const r = await call('filings.print', request);
    // A cancelled dialog is the person's choice, not a reason to save a file instead.
    if (r.hasDialog) return r.printed ? '已发送到打印机' : '已取消打印';
  }
  return savePdf(request);
}

export async function savePdf(request: FilingOf): Promise<string> {
  const file = await call('filings.pdf', request);
  await saveExport(file);
  return `已生成 ${file.fileName}`;
}

export async function saveXlsx(request: FilingOf): Promise<string> {
  const file = await call('filings.xlsx', request);
  await saveExport(file);
  return `已导出 ${file.rows} 行：${file.fileName}`;
}

/** Starts the print engine when a print button comes within reach, so the first print is not the slow one. */
export function preparePrinting(): void {
  void call('filings.prepare', {}).catch(() => undefined);
}
