import type { FilingDataOf } from '../../../core/filings/registry.ts';
import type { MaterialPart, MaterialTable } from '../../../core/designation/filings.ts';
import { FilingDocument, type DocumentPart } from '../filings/FilingDocument.tsx';
import { SignatureBlock } from '../filings/FilingHeader.tsx';
import { EMBED_ANCHOR_PREFIX } from '../../../core/filings/printPage.ts';

type Data = FilingDataOf<'designation'>;

function Rows({ table }: { table: MaterialTable }) {
  return (
    <section className="keep-together">
      <h3>{table.title}</h3>
      {table.rows.length === 0 ? (
        <p className="summary">无记录。</p>
      ) : (
        <table className="rows">
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} className={typeof cell === 'number' ? 'num' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {table.note && <p className="summary muted">说明：{table.note}</p>}
    </section>
  );
}

/**
 * A PDF scan's pages, one reserved page each: after printing, core/filings/embedPages.ts draws the scan's page
 * onto it. The links make Chromium keep each page's position; the caption stays if a page cannot be drawn.
 */
function ScanPages({ scan }: { scan: { attachmentId: number; fileName: string; sha256: string; pages: number } }) {
  const ids = Array.from({ length: scan.pages }, (_, k) => `${EMBED_ANCHOR_PREFIX}${scan.attachmentId}-${k + 1}`);
  return (
    <>
      <p className="summary">
        扫描件共 {scan.pages} 页，依次附后：
        {ids.map((id, k) => (
          <a key={id} href={`#${id}`} style={{ marginLeft: '2mm' }}>
            第 {k + 1} 页
          </a>
        ))}
      </p>
      {ids.map((id, k) => (
        <section key={id} id={id} className="scan-page" style={{ breakBefore: 'page' }}>
          <p className="summary muted" style={{ fontSize: '8pt' }}>
            {scan.fileName} 第 {k + 1} / {scan.pages} 页（SHA-256 {scan.sha256.slice(0, 16)}…）
          </p>
        </section>
      ))}
    </>
  );
}

function Material({ part }: { part: MaterialPart }) {
  return (
    <>
      <p className="summary muted">状态：{part.status}</p>
      {part.facts.length > 0 && (
        <table className="rows facts">
          <tbody>
            {part.facts.map(([k, v]) => (
              <tr key={k}>
                <th style={{ width: '32%' }}>{k}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {part.tables.map((t) => (
        <Rows key={t.title} table={t} />
      ))}
      {part.scan && (
        <div className="scan">
          <p className="summary">
            附件：{part.scan.fileName}（{part.scan.mime}，{(part.scan.bytes / 1024).toFixed(0)} KB）
            <br />
            SHA-256：<span className="mono">{part.scan.sha256}</span>
          </p>
          {part.scan.dataUrl ? (
            <img src={part.scan.dataUrl} alt={part.scan.fileName} style={{ width: '100%', maxHeight: '225mm', objectFit: 'contain' }} />
          ) : part.scan.pages ? (
            <ScanPages scan={{ ...part.scan, pages: part.scan.pages }} />
          ) : (
            <p className="summary">此扫描件为 PDF 文件，未能在本文件中重现，原件随本申请材料另附；以上 SHA-256 可核对其未被改动。</p>
          )}
        </div>
      )}
      {part.notes.map((n) => (
        <p key={n} className="summary">
          {n}
        </p>
      ))}
    </>
  );
}

/** 定点申请材料: cover, contents, each material of the checklist in order, then the basis of the values used. */
export function DesignationFiling({ filing }: { filing: Data }) {
  const a = filing.application;
  const parts: DocumentPart[] = filing.parts.map((p) => ({
    id: `material-${p.key}`,
    title: p.title,
    landscape: p.tables.some((t) => t.columns.length > 6),
    content: <Material part={p} />,
  }));
  parts.push({
    id: 'basis',
    title: '依据与说明',
    appendix: true,
    content: (
      <>
        <table className="rows">
          <thead>
            <tr>
              <th>事项</th>
              <th>依据</th>
              <th>说明</th>
            </tr>
          </thead>
          <tbody>
            {filing.basis.map((b) => (
              <tr key={b.label}>
                <td>{b.label}</td>
                <td>
                  {b.cite}
                  {b.unverified && <strong>（待核实）</strong>}
                </td>
                <td>{b.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="summary">{filing.reading}</p>
        <p className="summary">
          申请编号 {a.id}，{a.kind}，{a.status}
          {a.submittedOn && `；提交 ${a.submittedOn}`}
          {a.acceptedOn && `，受理 ${a.acceptedOn}`}
          {a.outcomeOn && `，结论 ${a.outcomeOn}`}
          {a.agreementNo && `，协议 ${a.agreementNo}`}。
        </p>
        <SignatureBlock directorName={filing.institution.directorName} />
      </>
    ),
  });
  return <FilingDocument filing={filing} period={filing.scope} parts={parts} />;
}
