import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { toVisitRow, VISIT_SELECT, type VisitDbRow } from './queries.ts';
import type { VisitListInput, VisitRow } from './schema.ts';

/** The visit log, newest first, by keyset (the id of the last row shown): ten years of visits page as fast as one. */
export function listVisits(db: Db, input: VisitListInput): { rows: VisitRow[]; nextCursor: number | null } {
  const rows = stmt<VisitDbRow>(
    db,
    `${VISIT_SELECT}
     WHERE (v.deleted_at IS NOT NULL) = @deleted
       AND (@agreementId IS NULL OR v.agreement_id = @agreementId)
       AND (@from IS NULL OR v.visit_on >= @from) AND (@to IS NULL OR v.visit_on <= @to)
       AND (@unplannedOnly = 0 OR v.counted = 0 OR v.unplanned = 1)
       AND (@before IS NULL OR (v.visit_on, v.id) < (SELECT visit_on, id FROM centre_visits WHERE id = @before))
     ORDER BY v.visit_on DESC, v.id DESC LIMIT @limit`,
  )
    .all({
      deleted: input.deleted ? 1 : 0,
      agreementId: input.agreementId,
      from: input.from,
      to: input.to,
      unplannedOnly: input.unplannedOnly ? 1 : 0,
      before: input.before,
      limit: input.limit + 1,
    })
    .map((r) => toVisitRow(db, r));
  const more = rows.length > input.limit;
  const page = more ? rows.slice(0, input.limit) : rows;
  return { rows: page, nextCursor: more ? page[page.length - 1]!.id : null };
}
