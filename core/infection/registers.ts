import type { WriteContext } from '../api/context.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { findCase, findWaste } from './queries.ts';
import { ISOLATION, WASTE_KINDS, type CaseInput, type CaseRow, type WasteInput } from './schema.ts';

const notAfterToday = (ctx: WriteContext, date: string, label: string, field: string) => {
  if (date > ctx.today) throw invalid(`${label}不能晚于今天（${ctx.today}）`, field);
};

/** 消毒登记: one disinfection done, where, how, with what, by whom. */
export function recordDisinfection(ctx: WriteContext, input: { date: string; area: string; method: string; agent: string; byName: string; notes: string }) {
  notAfterToday(ctx, input.date, '消毒日期', 'date');
  const id = Number(
    stmt(ctx.db, 'INSERT INTO disinfections (date, area, method, agent, by_name, notes, created_at) VALUES (@date, @area, @method, @agent, @byName, @notes, @at)').run({
      ...input,
      at: ctx.now.toISOString(),
    }).lastInsertRowid,
  );
  ctx.audit({ entity: 'disinfection', entityId: id, summary: `消毒登记：${input.date} ${input.area}（${input.method}，${input.byName}）`, after: input });
  return { id, ...input };
}

const caseSnapshot = (c: CaseRow) => {
  const { id: _id, residentId: _r, bedLabel: _b, ...rest } = c;
  return rest;
};

/** 感染病例: registered or corrected, with the isolation put in place. */
export function saveCase(ctx: WriteContext, input: CaseInput): CaseRow {
  notAfterToday(ctx, input.onsetOn, '发病日期', 'onsetOn');
  const r = requireResident(ctx.db, input.residentId);
  const at = ctx.now.toISOString();
  const values = { ...input, at };
  if (input.id === null) {
    const id = Number(
      stmt(
        ctx.db,
        `INSERT INTO infection_cases (resident_id, onset_on, infection, pathogen, isolation, isolated_from, isolated_to, reported_to, notes, created_at, updated_at)
         VALUES (@residentId, @onsetOn, @infection, @pathogen, @isolation, @isolatedFrom, @isolatedTo, @reportedTo, @notes, @at, @at)`,
      ).run(values).lastInsertRowid,
    );
    const c = findCase(ctx.db, id)!;
    ctx.audit({ entity: 'infectionCase', entityId: id, summary: `登记感染病例：${r.name} ${input.infection}（${ISOLATION[input.isolation]}）`, after: caseSnapshot(c) });
    return c;
  }
  const before = findCase(ctx.db, input.id);
  if (!before) throw notFound('这个病例');
  stmt(
    ctx.db,
    `UPDATE infection_cases SET resident_id = @residentId, onset_on = @onsetOn, infection = @infection, pathogen = @pathogen, isolation = @isolation,
       isolated_from = @isolatedFrom, isolated_to = @isolatedTo, reported_to = @reportedTo, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run(values);
  const after = findCase(ctx.db, input.id)!;
  ctx.audit({ entity: 'infectionCase', entityId: input.id, summary: `修改感染病例：${r.name} ${input.infection}`, before: caseSnapshot(before), after: caseSnapshot(after) });
  return after;
}

/** 结案: the case closed with its outcome; an isolation still running ends that day. */
export function closeCase(ctx: WriteContext, input: { id: number; closedOn: string; outcome: string }): CaseRow {
  const before = findCase(ctx.db, input.id);
  if (!before) throw notFound('这个病例');
  if (before.closedOn !== null) throw conflict(`这个病例已于 ${before.closedOn} 结案`);
  notAfterToday(ctx, input.closedOn, '结案日期', 'closedOn');
  if (input.closedOn < before.onsetOn) throw invalid(`结案日期不能早于发病日期（${before.onsetOn}）`, 'closedOn');
  stmt(
    ctx.db,
    "UPDATE infection_cases SET closed_on = ?, outcome = ?, isolated_to = CASE WHEN isolation <> 'none' AND isolated_to IS NULL THEN ? ELSE isolated_to END, updated_at = ? WHERE id = ?",
  ).run(input.closedOn, input.outcome, input.closedOn, ctx.now.toISOString(), input.id);
  const after = findCase(ctx.db, input.id)!;
  ctx.audit({ entity: 'infectionCase', entityId: input.id, summary: `感染病例结案：${before.residentName} ${before.infection}（${input.outcome}）`, before: caseSnapshot(before), after: caseSnapshot(after) });
  return after;
}

/** 医疗废物登记: a batch collected and weighed, stored until it is handed over. */
export function recordWaste(ctx: WriteContext, input: WasteInput) {
  notAfterToday(ctx, input.producedOn, '产生日期', 'producedOn');
  const weightG = Math.round(input.weightKg * 1000);
  const id = Number(
    stmt(ctx.db, 'INSERT INTO waste_entries (produced_on, kind, weight_g, packages, packed_by, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      input.producedOn,
      input.kind,
      weightG,
      input.packages,
      input.packedBy,
      input.notes,
      ctx.now.toISOString(),
    ).lastInsertRowid,
  );
  const w = findWaste(ctx.db, id, ctx.today)!;
  ctx.audit({
    entity: 'wasteEntry',
    entityId: id,
    summary: `医疗废物登记：${input.producedOn} ${WASTE_KINDS[input.kind]} ${(weightG / 1000).toFixed(2)} 千克 ${input.packages} 包`,
    after: { producedOn: w.producedOn, kind: w.kind, weightG, packages: w.packages, packedBy: w.packedBy },
  });
  return w;
}

/** 交接: stored batches handed to the disposal company against its 转移联单, signed by both; all or none. */
export function handOver(ctx: WriteContext, input: { ids: number[]; handedOverOn: string; receiver: string; manifestNo: string; handedBy: string; receivedBy: string }) {
  notAfterToday(ctx, input.handedOverOn, '交接日期', 'handedOverOn');
  const rows = input.ids.map((id, i) => {
    const w = findWaste(ctx.db, id, ctx.today);
    if (!w) throw invalid(`第 ${i + 1} 批：找不到这条医疗废物记录`, `ids.${i}`);
    if (w.handedOverOn !== null) throw conflict(`${w.producedOn} 的${WASTE_KINDS[w.kind]}废物已于 ${w.handedOverOn} 交接`, `ids.${i}`);
    if (input.handedOverOn < w.producedOn) throw invalid(`交接日期不能早于产生日期（${w.producedOn}）`, 'handedOverOn');
    return w;
  });
  const update = stmt(ctx.db, 'UPDATE waste_entries SET handed_over_on = ?, receiver = ?, manifest_no = ?, handed_by = ?, received_by = ? WHERE id = ?');
  for (const w of rows) update.run(input.handedOverOn, input.receiver, input.manifestNo, input.handedBy, input.receivedBy, w.id);
  const total = rows.reduce((s, w) => s + w.weightG, 0);
  ctx.audit({
    entity: 'wasteEntry',
    entityId: rows.length === 1 ? rows[0]!.id : null,
    summary: `医疗废物交接：${rows.length} 批 ${(total / 1000).toFixed(2)} 千克，交 ${input.receiver}（联单 ${input.manifestNo}）`,
    after: { handedOverOn: input.handedOverOn, receiver: input.receiver, manifestNo: input.manifestNo, handedBy: input.handedBy, receivedBy: input.receivedBy },
  });
  return { handedOver: rows.length, weightG: total };
}
