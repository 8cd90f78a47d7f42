import type { ExportedFile } from '../../core/filings/schema.ts';
import { fetchExport, isElectron } from '../api/client.ts';

function clickDownload(href: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * Saves a file the core made (a PDF, an Excel file) under its proper name. In Electron the link streams it
 * from disk and main asks where to save; in web mode it is fetched with the launch token, then downloaded.
 */
export async function saveExport(file: ExportedFile): Promise<void> {
  if (isElectron()) {
    clickDownload(`./files/${encodeURIComponent(file.fileId)}`, file.fileName);
    return;
  }
  const url = URL.createObjectURL(await fetchExport(file.fileId));
  clickDownload(url, file.fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
