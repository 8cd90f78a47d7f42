import type { ClinicType, RoomKind } from '../schema.ts';

/**
 * The home's data a rule check looks at, gathered once per check run (core/policy/homeData.ts) from the areas'
 * published reads. Checks are pure functions of this and the profile, so each is tested with plain data.
 * `null` for a part: the app keeps no such records yet.
 */
export interface HomeData {
  today: string;
  licensedBeds: number;
  /** null: nothing recorded about a clinic yet; type null: recorded that the home has none. */
  clinic: ClinicFacts | null;
  /** Rooms in use. */
  rooms: RoomFacts[];
  /** Agreements not deleted. */
  agreements: AgreementFacts[];
  /** Staff at work (not left, not deleted). */
  staff: StaffFacts[];
  encounters: EncounterFacts | null;
  stock: StockFacts | null;
  waste: WasteFacts | null;
  infection: InfectionFacts | null;
  /** What the clinic has on file to apply for 医保定点 (core/designation). */
  designation: DesignationFacts | null;
  /** The contracted community health centre and family-doctor signing (core/agreements, core/signings). */
  centre: CentreFacts | null;
}

export interface ClinicFacts {
  type: ClinicType | null;
  name: string;
  filingKind: string;
  filingNo: string;
  filingDate: string | null;
  openedOn: string | null;
  subjects: string[];
  medicalAlliance: string;
  nearMedicalInstitution: string;
  areasSeparated: boolean;
  separationNote: string;
}

export interface RoomFacts {
  id: number;
  kind: RoomKind;
  name: string;
  areaM2: number;
}

export interface AgreementFacts {
  id: number;
  kind: 'imaging' | 'lab';
  partner: string;
  startsOn: string;
  endsOn: string;
}

export interface StaffFacts {
  id: number;
  name: string;
  profession: 'physician' | 'nurse' | 'pharmacist' | 'therapist';
  practiceSite: 'primary' | 'multi';
  yearsOfPractice: number;
  issuedOn: string;
  expiresOn: string | null;
  /** Days until the licence expires, negative once expired; null when it never does. */
  daysLeft: number | null;
}

/** A clinic record a finding points at. */
export interface EncounterRef {
  id: number;
  date: string;
  resident: string;
}

export interface EncounterFacts {
  /** The window of the fee totals and the count of rounds: the last 30 days, from this day. */
  since: string;
  bedsideRounds: number;
  /** Bedside rounds that carried a visit fee, over the last 12 months (from visitFeesSince). */
  visitFeesSince: string;
  /** How many; and the latest few, to point at. */
  bedsideVisitFeeCount: number;
  bedsideWithVisitFee: EncounterRef[];
  /** Infusions in the last 90 days (the infusion-room check). */
  infusionsSince: string;
  infusions: number;
  lastInfusion: EncounterRef | null;
  medicalFen: number;
  medicalInsuredFen: number;
  careFen: number;
  /** Care items billed to medical insurance: the schema refuses them, so only data from elsewhere could hold one. */
  careInsured: EncounterRef[];
}

export interface StockFacts {
  batchesInStock: number;
  expired: { drugId: number; drug: string; batchNo: string; expiresOn: string; remaining: number; unit: string }[];
}

export interface WasteFacts {
  since: string;
  entries: number;
  /** Handed over later than the rule allows, or still held past it. */
  overdue: { id: number; producedOn: string; kind: string; handedOverOn: string | null; days: number }[];
}

export interface InfectionFacts {
  lastDisinfection: string | null;
  openCases: number;
}

export interface DesignationFacts {
  insurancePrincipal: string;
  insuranceAdministrator: string;
  insuranceDepartment: boolean;
  infoVendor: string;
  infoDeclaredOn: string | null;
  infoDirectSettlement: boolean;
  infoNationalCodes: boolean;
  billingSeparated: boolean;
  /** The rules documents on file, not deleted. */
  rules: { id: number; title: string; version: string; adoptedOn: string }[];
  /** Earlier events that bar an application (第十二条), not deleted. */
  bars: { id: number; kind: 'fraud' | 'illegal_termination' | 'breach_termination' | 'principal_termination' | 'dishonest'; occurredOn: string; endedOn: string | null; note: string }[];
  /** 医保 applications that failed the evaluation, oldest first, with the day the result came. */
  failedEvaluations: { id: number; outcomeOn: string }[];
}

/** null as a whole: no agreement with a centre has been recorded. */
export interface CentreFacts {
  /** The agreement in force today, if any. */
  inForce: { id: number; partner: string; endsOn: string } | null;
  /** The last four whole weeks (Monday–Sunday) before this one, counted by the agreement's own rule (服务到位). */
  recentWeeks: { from: string; to: string; gaps: string[] } | null;
  /** Residents aged 65+ in residence today and how many have a signing in force. */
  aged65: { residents: number; signed: number };
  /** 家庭病床 open today whose visits fall short of the region's weekly frequency. */
  homeBeds: { open: number; short: { id: number; resident: string; visits: number; expected: number }[] };
}
