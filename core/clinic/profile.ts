import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { clinicProfile } from './queries.ts';
import type { ClinicProfileInput } from './schema.ts';

/** Records or corrects 医务室信息 (one row). Dates cannot lie in the future: the clinic was filed and opened. */
export function saveClinicProfile(ctx: WriteContext, input: ClinicProfileInput) {
  const { db, today } = ctx;
  if (input.filingDate !== null && input.filingDate > today) throw invalid(`备案或发证日期不能晚于今天（${today}）`, 'filingDate');
  if (input.openedOn !== null && input.openedOn > today) throw invalid(`正式运营日期不能晚于今天（${today}）`, 'openedOn');
  // A home without a clinic keeps only the name of the medical institution next door.
  const values = input.type === null ? { ...input, name: '', filingNo: '', filingDate: null, openedOn: null, subjects: [], medicalAlliance: '' } : input;
  const before = clinicProfile(db);
  stmt(
    db,
    `INSERT INTO clinic (id, type, name, filing_kind, filing_no, filing_date, opened_on, subjects, medical_alliance,
       near_medical_institution, areas_separated, separation_note, updated_at)
     VALUES (1, @type, @name, @filingKind, @filingNo, @filingDate, @openedOn, @subjects, @medicalAlliance,
       @nearMedicalInstitution, @areasSeparated, @separationNote, @at)
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, filing_kind = excluded.filing_kind,
       filing_no = excluded.filing_no, filing_date = excluded.filing_date, opened_on = excluded.opened_on,
       subjects = excluded.subjects, medical_alliance = excluded.medical_alliance,
       near_medical_institution = excluded.near_medical_institution, areas_separated = excluded.areas_separated,
       separation_note = excluded.separation_note, updated_at = excluded.updated_at`,
  ).run({ ...values, subjects: JSON.stringify(values.subjects), areasSeparated: values.areasSeparated ? 1 : 0, at: ctx.now.toISOString() });
  const after = clinicProfile(db)!;
  const what = after.type === null ? '未内设医疗机构' : `${after.name}（${after.type}）`;
  ctx.audit({ entity: 'clinic', entityId: 1, summary: `${before ? '修改' : '登记'}医务室信息：${what}`, before, after });
  return after;
}
