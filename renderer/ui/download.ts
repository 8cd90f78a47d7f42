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

/**
 * Opens a file the core made to be looked at (an attached scan): a new tab in web mode; in Electron, where the
 * window opens no other windows, it is saved like a filing and opened from there.
 */
export async function openExport(file: ExportedFile): Promise<void> {
  if (isElectron()) {
    clickDownload(`./files/${encodeURIComponent(file.fileId)}`, file.fileName);
    return;
  }
  const url = URL.createObjectURL(await fetchExport(file.fileId));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
