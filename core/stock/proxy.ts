import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { bedLabel } from '../beds/schema.ts';
import type { ProxyFetchInput, ProxyFetchRow } from './schema.ts';

/** 代配药: medicine fetched for a resident from outside, by whom, from where and when. */
export function recordProxyFetch(ctx: WriteContext, input: ProxyFetchInput): ProxyFetchRow {
  if (input.fetchedOn > ctx.today) throw invalid(`代取日期不能晚于今天（${ctx.today}）`, 'fetchedOn');
  const r = requireResident(ctx.db, input.residentId);
  const id = Number(
    stmt(
      ctx.db,
      `INSERT INTO proxy_fetches (resident_id, drugs, source, fetched_by, fetched_on, handed_to, notes, created_at)
       VALUES (@residentId, @drugs, @source, @fetchedBy, @fetchedOn, @handedTo, @notes, @at)`,
    ).run({ ...input, at: ctx.now.toISOString() }).lastInsertRowid,
  );
  ctx.audit({
    entity: 'proxyFetch',
    entityId: id,
    summary: `代配药：${r.name}，${input.drugs}（${input.fetchedBy} 于 ${input.fetchedOn} 从 ${input.source} 取回）`,
    after: { residentName: r.name, ...input },
  });
  return listProxyFetches(ctx.db, input.fetchedOn, input.fetchedOn).find((x) => x.id === id)!;
}

export function listProxyFetches(db: Db, from: string, to: string): ProxyFetchRow[] {
  return stmt<{ id: number; resident_id: number; name: string; room: string; bed_no: string; drugs: string; source: string; fetched_by: string; fetched_on: string; handed_to: string; notes: string }>(
    db,
    `SELECT p.id, p.resident_id, r.name, b.room, b.bed_no, p.drugs, p.source, p.fetched_by, p.fetched_on, p.handed_to, p.notes
     FROM proxy_fetches p JOIN residents r ON r.id = p.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE p.fetched_on >= ? AND p.fetched_on <= ? ORDER BY p.fetched_on DESC, p.id DESC`,
  )
    .all(from, to)
    .map((p) => ({
      id: p.id,
      residentId: p.resident_id,
      residentName: p.name,
      bedLabel: bedLabel(p.room, p.bed_no),
      drugs: p.drugs,
      source: p.source,
      fetchedBy: p.fetched_by,
      fetchedOn: p.fetched_on,
      handedTo: p.handed_to,
      notes: p.notes,
    }));
}
