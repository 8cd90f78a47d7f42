/** A CSS string literal: backslashes and quotes escaped, line breaks as \A (CSS has no \n escape). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r/g, '\\A ')}"`;
}

/**
 * The footer of every printed page — the filing's title on the left, 第 X 页 / 共 Y 页 on the right — as
 * @page margin boxes, so that it is the page's own: the same in Chromium's PDF, Electron's printToPDF and
 * Electron's print dialog (which has no footer templates), and without the per-page template documents
 * Chromium would otherwise lay out for each of a long roster's pages.
 */
export function pageFooterCss(title: string): string {
  const box = `font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; font-size: 7pt; color: #444; vertical-align: middle;`;
  return `@page {
  @bottom-left { content: ${cssString(title)}; ${box} }
  @bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; ${box} }
}`;
}
