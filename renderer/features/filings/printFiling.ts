import type { FilingRequest } from '../../../core/filings/schema.ts';
import { call, isElectron } from '../../api/client.ts';
import { downloadBase64, PDF_TYPE } from '../../ui/download.ts';

/**
 * 打印: in the app, the system print dialog; in web mode, the PDF downloads (open it and print from the viewer).
 * Returns what happened, in words for a message.
 */
export async function printFiling(request: FilingRequest): Promise<string> {
  if (isElectron()) {
    const r = await call('filings.print', request);
    // A cancelled dialog is the person's choice, not a reason to save a file instead.
    if (r.hasDialog) return r.printed ? '已发送到打印机' : '已取消打印';
  }
  return savePdf(request);
}

export async function savePdf(request: FilingRequest): Promise<string> {
  const pdf = await call('filings.pdf', request);
  downloadBase64(pdf.fileName, pdf.base64, PDF_TYPE);
  return `已生成 ${pdf.fileName}`;
}
