import type { FilingRequest } from './schema.ts';

/** Set by the print page when the filing has drawn (and fonts have loaded), or to an error message. */
export const READY_FLAG = '__FILING_READY__';
export const FAILED_FLAG = '__FILING_FAILED__';

/** The print page reads its token, session and request from the hash, which never reaches a server log. */
export function printPageUrl(baseUrl: string, token: string, sessionId: string, request: FilingRequest): string {
  const hash = new URLSearchParams({ token, session: sessionId, request: JSON.stringify(request) });
  return `${baseUrl}/print.html#${hash.toString()}`;
}

/** Footer on every page: the filing's title on the left, 第 X 页 / 共 Y 页 on the right. */
export const FOOTER_TEMPLATE = `
<div style="width:100%;font-size:9px;font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#444;padding:0 12mm;display:flex;justify-content:space-between">
  <span class="title"></span>
  <span>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span>
</div>`;

/** A4; the page's own @page rule decides portrait or landscape and the margins. */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: FOOTER_TEMPLATE,
} as const;
