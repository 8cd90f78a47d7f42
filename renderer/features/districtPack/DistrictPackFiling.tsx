import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { AUTHORITIES, traceCutNote, type PackSection, type PackTable, type PackTrace } from '../../../core/districtPack/schema.ts';
import { FilingDocument, partHeadings, type DocumentPart } from '../filings/FilingDocument.tsx';
import { SignatureBlock } from '../filings/FilingHeader.tsx';
import { isNumeric } from './numeric.ts';

type Pack = FilingDataOf<'district-pack'>;

function Table({ table }: { table: Pick<PackTable, 'columns' | 'rows'> }) {
  return (
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
              <td key={j} className={isNumeric(cell) ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An appendix: its rows, and where the pack was printed with the first rows only, how many there are and where the rest are. */
export function TraceContent({ trace }: { trace: PackTrace }) {
  if (trace.total === 0) return <p>本期没有记录。</p>;
  return (
    <>
      <Table table={trace} />
      {trace.rows.length < trace.total && <p className="summary">{traceCutNote(trace)}</p>}
    </>
  );
}

/** A section: its figures with how each is counted and where its records are listed, then its tables. */
function Section({ section, traceHeading }: { section: PackSection; traceHeading: (key: string) => string }) {
  return (
    <>
      <table className="rows facts">
        <thead>
          <tr>
            <th style={{ width: '30%' }}>指标</th>
            <th style={{ width: '14%' }}>数值</th>
            <th>口径与依据</th>
          </tr>
        </thead>
        <tbody>
          {section.figures.map((f) => (
            <tr key={f.label}>
              <td>{f.label}</td>
              <td className="num">
                {f.value}
                {f.unit && ` ${f.unit}`}
              </td>
              <td>
                {f.basis}
                {f.unverified && <strong>（待核实）</strong>}
                {f.trace && <span className="muted">；明细见{traceHeading(f.trace)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {section.tables.map((t) => (
        <section key={t.title} className="keep-together">
          <h3>{t.title}</h3>
          {t.rows.length === 0 ? <p className="summary">本期没有记录。</p> : <Table table={t} />}
          {t.note && <p className="summary muted">说明：{t.note}</p>}
        </section>
      ))}
      {section.notes.map((n) => (
        <p key={n} className="summary">
          {n}
        </p>
      ))}
    </>
  );
}

/**
 * 区级报送材料: cover, contents, one part per section grouped 民政 → 卫健 → 医保, a signature page, then the
 * records behind the figures as appendices (their headings are the ones the figures point to).
 */
export function DistrictPackFiling({ filing }: { filing: Pack }) {
  const sections = AUTHORITIES.flatMap((a) => filing.sections.filter((s) => s.authority === a));
  const traceParts = filing.traces.map((t: PackTrace) => ({
    id: `trace-${t.key}`,
    title: `${t.title}（${t.total} 条）`,
    appendix: true,
    content: <TraceContent trace={t} />,
  }));
  const sectionParts: DocumentPart[] = sections.map((s) => ({
    id: `section-${s.key}`,
    title: `${s.authority}：${s.title}`,
    content: null,
  }));
  const signature: DocumentPart = {
    id: 'signature',
    title: '报送确认',
    content: (
      <SignatureBlock directorName={filing.institution.directorName}>
        <p className="summary">
          以上材料由本机构根据 {filing.period.label}（{filing.period.from} 至 {filing.period.to}）的登记记录生成，各项数字的明细见附录。
        </p>
      </SignatureBlock>
    ),
  };
  // Headings are numbered from the whole list; the figures name the appendix they are listed in.
  const headings = partHeadings([...sectionParts, signature, ...traceParts]);
  const headingOf = new Map(filing.traces.map((t, i) => [t.key, headings[sectionParts.length + 1 + i]!.split('　')[0]!]));
  const parts: DocumentPart[] = [
    ...sections.map((s, i) => ({ ...sectionParts[i]!, content: <Section section={s} traceHeading={(k) => headingOf.get(k) ?? ''} /> })),
    signature,
    ...traceParts,
  ];
  return <FilingDocument filing={filing} period={filing.period.label} parts={parts} />;
}
