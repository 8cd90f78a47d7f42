import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { notFound } from '../shared/errors.ts';
import { BAR_KINDS, type SaveSetupInput } from './schema.ts';
import { designationBars, designationSetup, ruleDocuments } from './queries.ts';
import type { z } from 'zod';
import type { barInput, ruleDocumentInput, ruleDocumentUpdateInput } from './schema.ts';

const flag = (b: boolean) => (b ? 1 : 0);

/** 定点准备: the named 医保 people, the information-system declaration and the billing separation. */
export function saveSetup(ctx: WriteContext, input: SaveSetupInput) {
  const before = designationSetup(ctx.db);
  stmt(
    ctx.db,
    `INSERT INTO designation_setup (id, insurance_principal, insurance_administrator, insurance_department, info_vendor, info_declared_on,
       info_direct_settlement, info_national_codes, billing_separated, billing_note, updated_at)
     VALUES (1, @insurancePrincipal, @insuranceAdministrator, @insuranceDepartment, @infoVendor, @infoDeclaredOn,
       @infoDirectSettlement, @infoNationalCodes, @billingSeparated, @billingNote, @at)
     ON CONFLICT (id) DO UPDATE SET insurance_principal = excluded.insurance_principal, insurance_administrator = excluded.insurance_administrator,
       insurance_department = excluded.insurance_department, info_vendor = excluded.info_vendor, info_declared_on = excluded.info_declared_on,
       info_direct_settlement = excluded.info_direct_settlement, info_national_codes = excluded.info_national_codes,
       billing_separated = excluded.billing_separated, billing_note = excluded.billing_note, updated_at = excluded.updated_at`,
  ).run({
    ...input,
    insuranceDepartment: flag(input.insuranceDepartment),
    infoDirectSettlement: flag(input.infoDirectSettlement),
    infoNationalCodes: flag(input.infoNationalCodes),
    billingSeparated: flag(input.billingSeparated),
    at: ctx.now.toISOString(),
  });
  const after = designationSetup(ctx.db);
  ctx.audit({ entity: 'designationSetup', entityId: 1, summary: '修改定点准备（医保负责人、信息系统、分开收费）', before, after });
  return after;
}

export function addRuleDocument(ctx: WriteContext, input: z.output<typeof ruleDocumentInput>) {
  const { lastInsertRowid } = stmt(ctx.db, 'INSERT INTO rule_documents (title, version, adopted_on, created_at) VALUES (?, ?, ?, ?)').run(
    input.title,
    input.version,
    input.adoptedOn,
    ctx.now.toISOString(),
  );
  const after = ruleDocuments(ctx.db).find((r) => r.id === Number(lastInsertRowid))!;
  ctx.audit({ entity: 'ruleDocument', entityId: after.id, summary: `登记制度：${input.title}（${input.version}）`, after });
  return after;
}

export function updateRuleDocument(ctx: WriteContext, input: z.output<typeof ruleDocumentUpdateInput>) {
  const before = ruleDocuments(ctx.db).find((r) => r.id === input.id);
  if (!before) throw notFound('这项制度');
  stmt(ctx.db, 'UPDATE rule_documents SET title = ?, version = ?, adopted_on = ? WHERE id = ?').run(input.title, input.version, input.adoptedOn, input.id);
  const after = ruleDocuments(ctx.db).find((r) => r.id === input.id)!;
  ctx.audit({ entity: 'ruleDocument', entityId: input.id, summary: `修改制度：${input.title}（${input.version}）`, before, after });
  return after;
}

export function removeRuleDocument(ctx: WriteContext, id: number) {
  const before = ruleDocuments(ctx.db).find((r) => r.id === id);
  if (!before) throw notFound('这项制度');
  stmt(ctx.db, 'UPDATE rule_documents SET deleted_at = ? WHERE id = ?').run(ctx.now.toISOString(), id);
  ctx.audit({ entity: 'ruleDocument', entityId: id, summary: `删除制度：${before.title}（${before.version}）`, before });
  return { id };
}

export function addBar(ctx: WriteContext, input: z.output<typeof barInput>) {
  const { lastInsertRowid } = stmt(ctx.db, 'INSERT INTO designation_bars (kind, occurred_on, ended_on, note, created_at) VALUES (?, ?, ?, ?, ?)').run(
    input.kind,
    input.occurredOn,
    input.endedOn,
    input.note,
    ctx.now.toISOString(),
  );
  const after = designationBars(ctx.db).find((b) => b.id === Number(lastInsertRowid))!;
  ctx.audit({ entity: 'designationBar', entityId: after.id, summary: `登记不予受理情形：${BAR_KINDS[input.kind]}（${input.occurredOn}）`, after });
  return after;
}

export function removeBar(ctx: WriteContext, id: number) {
  const before = designationBars(ctx.db).find((b) => b.id === id);
  if (!before) throw notFound('这条记录');
  stmt(ctx.db, 'UPDATE designation_bars SET deleted_at = ? WHERE id = ?').run(ctx.now.toISOString(), id);
  ctx.audit({ entity: 'designationBar', entityId: id, summary: `删除不予受理情形：${BAR_KINDS[before.kind]}（${before.occurredOn}）`, before });
  return { id };
}
