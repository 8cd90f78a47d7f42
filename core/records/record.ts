import type { Db } from '../../db/open.ts';
import { ageOn } from '../shared/dates.ts';
import { requireResident } from '../residents/queries.ts';
import { entriesOf, type Entry } from './entries.ts';
import { ENTRY_KINDS, type EntryKind } from './schema.ts';

/**
 * The record page's facts of one resident: every kind of entry, deleted ones included (struck out, restorable), and
 * what the header shows — the allergies in force, an open hospice period, an open referral.
 */
export function residentRecord(db: Db, residentId: number, today: string) {
  const r = requireResident(db, residentId);
  const entries = Object.fromEntries((Object.keys(ENTRY_KINDS) as EntryKind[]).map((k) => [k, entriesOf(db, k, residentId)])) as Record<EntryKind, Entry[]>;
  const live = (k: EntryKind) => entries[k].filter((e) => e.deletedAt === null);
  return {
    resident: {
      id: r.id,
      name: r.name,
      sex: r.sex,
      age: ageOn(r.birth_date, today),
      admissionDate: r.admission_date,
      status: r.status,
      leftOn: r.left_on,
      careLevel: r.care_level,
      careLevelSource: r.care_level_source,
    },
    entries,
    allergies: live('allergy'),
    hospice: live('hospice').find((e) => !e.endedOn) ?? null,
    openReferral: live('referral').find((e) => !e.returnedOn) ?? null,
  };
}
