import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { rosterSummaryText, RosterTable } from './RosterTable.tsx';

/** 住养老人名册 on A4 landscape, with the totals and the lines to sign at its end. */
export function RosterFiling({ filing }: { filing: FilingDataOf<'roster'> }) {
  return (
    <article className="filing landscape-page">
      <FilingHeader filing={filing} />
      <RosterTable
        rows={filing.rows}
        showLeft={filing.showLeft}
        closing={
          <SignatureBlock directorName={filing.institution.directorName}>
            <div className="summary">{rosterSummaryText(filing.summary)}</div>
          </SignatureBlock>
        }
      />
    </article>
  );
}
