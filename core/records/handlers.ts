import { defineArea, method } from '../api/define.ts';
import { RECORD_EDITORS, RECORD_READERS, REFERRAL_LIST_READERS } from './access.ts';
import {
  ICD10,
  allergyInput,
  conditionInput,
  entryRefInput,
  historyInput,
  hospiceEndInput,
  hospiceStartInput,
  icd10SearchInput,
  medicationInput,
  openReferralsInput,
  referBackInput,
  referOutInput,
  removeEntryInput,
  residentRecordInput,
  timelineInput,
  vaccinationInput,
} from './schema.ts';
import { saveAllergy, saveCondition, saveHistory, saveMedication } from './facts.ts';
import { saveVaccination } from './vaccinations.ts';
import { referBack, referOut } from './referrals.ts';
import { endHospice, startHospice } from './hospice.ts';
import { removeEntry, restoreEntry } from './remove.ts';
import { residentRecord } from './record.ts';
import { residentTimeline } from './timeline.ts';
import { openReferrals } from './openReferrals.ts';

/** A fact of the record changes the record page and its timeline; allergies, hospice and hospital stays show as tags on the roster and the bed map. */
const CHANGES = ['records', 'residents', 'beds'];

const write = <S extends Parameters<typeof method>[0]['input']>(input: S) => ({ kind: 'write' as const, access: RECORD_EDITORS, input, changes: CHANGES });

export const recordsArea = defineArea('records', {
  'records.get': method({ kind: 'read', access: RECORD_READERS, input: residentRecordInput, handler: (ctx, input) => residentRecord(ctx.db, input.residentId, ctx.today) }),
  'records.timeline': method({
    kind: 'read',
    access: RECORD_READERS,
    input: timelineInput,
    handler: (ctx, input) => residentTimeline(ctx.db, input.residentId, input.before, input.limit),
  }),
  'records.openReferrals': method({ kind: 'read', access: REFERRAL_LIST_READERS, input: openReferralsInput, handler: (ctx, input) => openReferrals(ctx.db, input, ctx.today) }),
  /** The shipped list of common geriatric diagnoses (core/records/icd10.json), by code or part of the name. */
  'records.icd10': method({
    kind: 'read',
    access: RECORD_READERS,
    input: icd10SearchInput,
    handler: (_ctx, input) => {
      const q = input.q.trim().toUpperCase();
      return ICD10.diagnoses.filter((d) => q === '' || d.code.toUpperCase().startsWith(q) || d.name.includes(input.q.trim()));
    },
  }),
  'records.saveHistory': method({ ...write(historyInput), handler: saveHistory }),
  'records.saveAllergy': method({ ...write(allergyInput), handler: saveAllergy }),
  'records.saveCondition': method({ ...write(conditionInput), handler: saveCondition }),
  'records.saveMedication': method({ ...write(medicationInput), handler: saveMedication }),
  'records.saveVaccination': method({ ...write(vaccinationInput), handler: saveVaccination }),
  'records.referOut': method({ ...write(referOutInput), handler: referOut }),
  'records.referBack': method({ ...write(referBackInput), handler: referBack }),
  'records.startHospice': method({ ...write(hospiceStartInput), handler: startHospice }),
  'records.endHospice': method({ ...write(hospiceEndInput), handler: endHospice }),
  'records.remove': method({ ...write(removeEntryInput), handler: removeEntry }),
  'records.restore': method({ ...write(entryRefInput), handler: restoreEntry }),
});
