import type { ReactNode } from 'react';
import type { FilingHeader } from '../../../core/filings/schema.ts';
import { CONTENTS_ANCHOR_PREFIX } from '../../../core/filings/printPage.ts';
import { formatDateTime } from '../../../core/shared/dates.ts';

/** One part of a document: a numbered section, or an appendix after them; landscape for wide tables. */
export interface DocumentPart {
  id: string;
  title: string;
  appendix?: boolean;
  landscape?: boolean;
  content: ReactNode;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const numeral = (n: number) => NUMERALS[n] ?? String(n + 1);

/** “一、…” for sections, “附录一 …” for appendices: the heading and the contents entry use the same words. */
export function partHeadings(parts: readonly DocumentPart[]): string[] {
  let section = 0;
  let appendix = 0;
  return parts.map((p) => (p.appendix ? `附录${numeral(appendix++)}　${p.title}` : `${numeral(section++)}、${p.title}`));
}

/**
 * A multi-section filing: a cover with the seal and signature boxes, a contents page, then each part on
 * a new page. The contents entries link to their parts; core/filings/contents.ts writes each part's page
 * number into the blank end of its entry after Chromium has laid the document out, and the page footer
 * (第 X 页 / 共 Y 页) counts the whole document.
 */
export function FilingDocument({ filing, period, parts }: { filing: FilingHeader; period?: string; parts: readonly DocumentPart[] }) {
  const i = filing.institution;
  const headings = partHeadings(parts);
  return (
    <article className="filing document">
      <section className="doc-cover">
        {filing.isDemo && <div className="demo-mark">演示数据</div>}
        <div className="cover-institution">{i.name}</div>
        <h1 className="cover-title">{filing.title}</h1>
        {period && <div className="cover-period">{period}</div>}
        <table className="cover-facts">
          <tbody>
            <tr>
              <th>报送单位</th>
              <td>{i.name}（盖章）</td>
            </tr>
            <tr>
              <th>统一社会信用代码</th>
              <td>{i.creditCode}</td>
            </tr>
            {i.civilAffairsFilingNo && (
              <tr>
                <th>民政备案号</th>
                <td>{i.civilAffairsFilingNo}</td>
              </tr>
            )}
            <tr>
              <th>地址</th>
              <td>{i.address}</td>
            </tr>
            <tr>
              <th>机构负责人</th>
              <td>
                {i.directorName}　签字：<span className="sign-line" />
              </td>
            </tr>
            <tr>
              <th>联系电话</th>
              <td>{i.phone || '—'}</td>
            </tr>
            <tr>
              <th>制表</th>
              <td>
                {filing.printedBy}　{formatDateTime(filing.printedAt)}
              </td>
            </tr>
          </tbody>
        </table>
        <div className="cover-seal">（机构盖章）</div>
      </section>
      <nav className="doc-contents">
        <h2>目　录</h2>
        {parts.map((p, n) => (
          <a key={p.id} className={`toc-entry${p.appendix ? ' appendix' : ''}`} href={`#${CONTENTS_ANCHOR_PREFIX}${p.id}`}>
            <span className="toc-title">{headings[n]}</span>
            <span className="toc-leader" />
            {/* Left blank: the page number is written here in the PDF (core/filings/contents.ts). */}
            <span className="toc-page" />
          </a>
        ))}
      </nav>
      {parts.map((p, n) => (
        <section key={p.id} id={`${CONTENTS_ANCHOR_PREFIX}${p.id}`} className={`doc-part${p.landscape ? ' landscape-page' : ''}`}>
          <h2 className="part-title">{headings[n]}</h2>
          {p.content}
        </section>
      ))}
    </article>
  );
}
