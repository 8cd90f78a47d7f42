import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResidentForRecord, type RecordDate } from '../residents/queries.ts';
import { ALLERGY_CATEGORIES, ALLERGY_SEVERITIES, ENTRY_KINDS, HISTORY_KINDS, VACCINES, type EntryKind } from './schema.ts';

/**
 * The tables behind the record's entries: each kind's table, its audited entity, its fields (camelCase here,
 * snake_case in SQL), which of them are yes/no, and a line that names the entry in the audit log and on the timeline.
 */
interface EntryTable {
  table: string;
  entity: string;
  fields: readonly string[];
  booleans?: readonly string[];
  describe(e: Entry): string;
}

export type Entry = Record<string, unknown> & { id: number; residentId: number; deletedAt: string | null };

const s = (v: unknown) => String(v ?? '');

export const ENTRY_TABLES: Record<EntryKind, EntryTable> = {
  history: {
    table: 'medical_history',
    entity: 'medicalHistory',
    fields: ['kind', 'description', 'whenText', 'relation', 'recordedOn', 'lateReason'],
    describe: (e) => `${HISTORY_KINDS[e.kind as keyof typeof HISTORY_KINDS]}：${e.relation ? `${s(e.relation)} ` : ''}${s(e.description)}${e.whenText ? `（${s(e.whenText)}）` : ''}`,
  },
  allergy: {
    table: 'allergies',
    entity: 'allergy',
    fields: ['category', 'substance', 'reaction', 'severity', 'recordedOn', 'notes', 'lateReason'],
    describe: (e) =>
      `${ALLERGY_CATEGORIES[e.category as keyof typeof ALLERGY_CATEGORIES]}过敏：${s(e.substance)}（${ALLERGY_SEVERITIES[e.severity as keyof typeof ALLERGY_SEVERITIES]}${e.reaction ? `，${s(e.reaction)}` : ''}）`,
  },
  condition: {
    table: 'conditions',
    entity: 'condition',
    fields: ['icd10', 'name', 'diagnosedOn', 'status', 'resolvedOn', 'recordedOn', 'notes', 'lateReason'],
    describe: (e) => `${s(e.name)}${e.icd10 ? ` ${s(e.icd10)}` : ''}${e.status === 'resolved' ? '（已治愈/已缓解）' : ''}`,
  },
  medication: {
    table: 'outside_medications',
    entity: 'outsideMedication',
    fields: ['drug', 'dose', 'route', 'frequency', 'prescribedBy', 'startedOn', 'stoppedOn', 'recordedOn', 'notes', 'lateReason'],
    describe: (e) => `${s(e.drug)} ${[e.dose, e.route, e.frequency].filter(Boolean).map(s).join(' ')}${e.stoppedOn ? `（${s(e.stoppedOn)} 停用）` : ''}`.trim(),
  },
  hospice: {
    table: 'hospice_periods',
    entity: 'hospice',
    fields: ['startedOn', 'endedOn', 'endReason', 'notes', 'lateReason'],
    describe: (e) => `安宁疗护 ${s(e.startedOn)} 起${e.endedOn ? `，${s(e.endedOn)} 结束（${s(e.endReason)}）` : ''}`,
  },
  vaccination: {
    table: 'vaccinations',
    entity: 'vaccination',
    fields: ['vaccine', 'vaccineName', 'dose', 'givenOn', 'institution', 'batchNo', 'consentBy', 'consentRelation', 'consentOn', 'notes', 'lateReason'],
    describe: (e) => `${s(e.vaccineName) || VACCINES[e.vaccine as keyof typeof VACCINES]}${e.dose ? ` ${s(e.dose)}` : ''}（${s(e.givenOn)}，知情同意：${s(e.consentBy)}）`,
  },
  referral: {
    table: 'referrals',
    entity: 'referral',
    fields: [
      'referredOn', 'hospital', 'partner', 'department', 'reason', 'urgent', 'admitted',
      'returnedOn', 'outcome', 'dischargeDiagnosis', 'dischargeSummary', 'newOrders', 'notes', 'lateReason',
    ],
    booleans: ['partner', 'urgent', 'admitted'],
    describe: (e) => `转诊至${s(e.hospital)}${e.partner ? '（医联体）' : ''}${e.admitted ? '住院' : ''}，${s(e.reason)}${e.returnedOn ? `；${s(e.returnedOn)} ${e.outcome === 'returned' ? '回院' : '未回院'}` : ''}`,
  },
};

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const columns = (t: EntryTable) =>
  ['id', 'residentId', ...t.fields, 'createdAt', 'createdBy', 'deletedAt', 'deletedReason'].map((f) => `${snake(f)} AS "${f}"`).join(', ');

function fromRow(t: EntryTable, row: Record<string, unknown>): Entry {
  for (const b of t.booleans ?? []) row[b] = row[b] === 1;
  return row as Entry;
}

export function readEntry(db: Db, kind: EntryKind, id: number): Entry | undefined {
  const t = ENTRY_TABLES[kind];
  const row = stmt<Record<string, unknown>>(db, `SELECT ${columns(t)} FROM ${t.table} WHERE id = ?`).get(id);
  return row && fromRow(t, row);
}

/** A resident's entries of one kind, oldest first by id, deleted ones included (the page shows them struck out). */
export function entriesOf(db: Db, kind: EntryKind, residentId: number): Entry[] {
  const t = ENTRY_TABLES[kind];
  return stmt<Record<string, unknown>>(db, `SELECT ${columns(t)} FROM ${t.table} WHERE resident_id = ? ORDER BY id`)
    .all(residentId)
    .map((r) => fromRow(t, r));
}

export function requireEntry(db: Db, kind: EntryKind, id: number): Entry {
  const e = readEntry(db, kind, id);
  if (!e) throw notFound(`这条${ENTRY_KINDS[kind]}记录`);
  return e;
}

/** What the audit log keeps of an entry: its fields and whose it is, in the area's words (RECORD_AUDIT_FIELDS). */
export function entrySnapshot(e: Entry, residentName: string) {
  const { id: _id, residentId: _r, createdAt: _c, createdBy: _b, ...fields } = e;
  return { resident: residentName, ...fields };
}

const toSql = (t: EntryTable, values: Record<string, unknown>) =>
  Object.fromEntries(t.fields.map((f) => [f, t.booleans?.includes(f) ? (values[f] ? 1 : 0) : (values[f] ?? null)]));

/**
 * Writes one entry (new when `id` is null, else a change of that entry, which must be the same resident's and not
 * deleted) after checking the resident may have a record on `when` (core/residents/queries.ts), and audits it.
 */
export function saveEntry(ctx: WriteContext, kind: EntryKind, values: Record<string, unknown> & { id: number | null; residentId: number }, when: RecordDate) {
  const t = ENTRY_TABLES[kind];
  const resident = requireResidentForRecord(ctx.db, values.residentId, when, ctx.today);
  let before: Entry | undefined;
  let id = values.id;
  if (id !== null) {
    before = requireEntry(ctx.db, kind, id);
    if (before.residentId !== values.residentId) throw invalid(`这条${ENTRY_KINDS[kind]}记录不属于${resident.name}`, 'id');
    if (before.deletedAt) throw conflict(`这条${ENTRY_KINDS[kind]}记录已删除，请先恢复再修改`);
    const sets = t.fields.map((f) => `${snake(f)} = @${f}`).join(', ');
    stmt(ctx.db, `UPDATE ${t.table} SET ${sets} WHERE id = @id`).run({ ...toSql(t, values), id });
  } else {
    const names = t.fields.map(snake).join(', ');
    const params = t.fields.map((f) => `@${f}`).join(', ');
    const { lastInsertRowid } = stmt(
      ctx.db,
      `INSERT INTO ${t.table} (resident_id, ${names}, created_at, created_by) VALUES (@residentId, ${params}, @createdAt, @createdBy)`,
    ).run({ ...toSql(t, values), residentId: values.residentId, createdAt: ctx.now.toISOString(), createdBy: ctx.actor.name });
    id = Number(lastInsertRowid);
  }
  const after = requireEntry(ctx.db, kind, id);
  const late = values.lateReason ? '（补记）' : '';
  ctx.audit({
    entity: t.entity,
    entityId: id,
    summary: `${before ? '修改' : '记录'}${ENTRY_KINDS[kind]}：${resident.name} ${t.describe(after)}${late}`,
    ...(before ? { before: entrySnapshot(before, resident.name) } : {}),
    after: entrySnapshot(after, resident.name),
  });
  return after;
}
