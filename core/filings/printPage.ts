import type { FilingRequest } from './schema.ts';

/** Set by the print page when the filing has drawn (and fonts have loaded), or to an error message. */
export const READY_FLAG = '__FILING_READY__';
export const FAILED_FLAG = '__FILING_FAILED__';

/** The print page reads its token, session and request from the hash, which never reaches a server log. */
export function printPageUrl(baseUrl: string, token: string, sessionId: string, request: FilingRequest): string {
  const hash = new URLSearchParams({ token, session: sessionId, request: JSON.stringify(request) });
  return `${baseUrl}/print.html#${hash.toString()}`;
}

/**
 * A4; the page's own @page rules decide portrait or landscape, the margins and the footer (title,
 * 第 X 页 / 共 Y 页: see renderer/features/filings/pageFooter.ts), so no header or footer templates here.
 */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
} as const;

/**
 * A contents entry links to its section as `#toc-<id>`; the PDF keeps the link with the page it lands on,
 * and core/filings/contents.ts writes that page's number at the end of the entry.
 */
export const CONTENTS_ANCHOR_PREFIX = 'toc-';

/**
 * A page reserved for a page of an attached PDF scan: `#embed-<attachment id>-<page number>`, linked to from the
 * document; core/filings/embedPages.ts draws that page of the scan onto it after Chromium has laid out the PDF.
 */
export const EMBED_ANCHOR_PREFIX = 'embed-';
