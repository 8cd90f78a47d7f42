import type { EncounterDetail } from './schema.ts';

/** An encounter as the audit log keeps it (core/encounters/schema.ts ENCOUNTER_AUDIT_FIELDS says how it reads). */
export function auditSnapshot(e: EncounterDetail) {
  return {
    residentName: `${e.residentName}（${e.bedLabel}床）`,
    kind: e.kind,
    date: e.date,
    time: e.time,
    doctorName: e.doctorName,
    complaint: e.complaint,
    findings: e.findings,
    diagnoses: e.diagnoses,
    orders: e.orders,
    referral: e.referral,
    fees: e.fees,
    notes: e.notes,
    deletedAt: e.deletedAt,
  };
}
