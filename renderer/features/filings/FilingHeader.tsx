import type { ReactNode } from 'react';
import type { FilingHeader as Header } from '../../../core/filings/schema.ts';
import { formatDateTime } from '../../../core/shared/dates.ts';

/** The top of every filing: institution, title, identifiers, what the list covers, when and by whom it was printed. */
export function FilingHeader({ filing }: { filing: Header }) {
  const i = filing.institution;
  return (
    <header>
      <h1>{i.name}</h1>
      <h2>
        {filing.title}
        {filing.isDemo && <span className="demo-mark">演示数据</span>}
      </h2>
      <div className="meta">
        <span>统一社会信用代码：{i.creditCode}</span>
        {i.civilAffairsFilingNo && <span>民政备案号：{i.civilAffairsFilingNo}</span>}
        <span>地址：{i.address}</span>
        {i.phone && <span>电话：{i.phone}</span>}
      </div>
      <div className="meta">
        <span>{filing.scope}</span>
        <span>
          打印时间：{formatDateTime(filing.printedAt)}　制表人：{filing.printedBy}
        </span>
      </div>
    </header>
  );
}

/** The end of every filing: lines to sign and the place for the seal, kept on one page with what precedes it. */
export function SignatureBlock({ directorName, children }: { directorName: string; children?: ReactNode }) {
  return (
    <section className="closing">
      {children}
      <div className="signatures">
        <div>
          制表人：<span />
        </div>
        <div>
          审核人：<span />
        </div>
        <div>
          机构负责人（{directorName}）：<span />
        </div>
        <div>
          日期：<span style={{ minWidth: '24mm' }} />
        </div>
      </div>
      <div className="seal">（机构盖章）</div>
    </section>
  );
}
