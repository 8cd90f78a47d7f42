import type { ReactElement } from 'react';
import type { FilingDataOf, FilingKind } from '../../../core/filings/registry.ts';
import { RosterFiling } from '../residents/RosterFiling.tsx';
import { RosterBookFiling } from '../residents/RosterBookFiling.tsx';
import { IncidentRegisterFiling } from '../incidents/IncidentRegisterFiling.tsx';
import { DistrictPackFiling } from '../districtPack/DistrictPackFiling.tsx';
import { RoundSheetFiling } from '../vitals/RoundSheetFiling.tsx';
import { AbnormalVitalsFiling } from '../vitals/AbnormalVitalsFiling.tsx';
import { AssessmentFiling } from '../records/AssessmentFiling.tsx';
import { AnnualExamFiling } from '../records/AnnualExamFiling.tsx';
import { ComplianceFiling } from '../compliance/ComplianceFiling.tsx';
import { LicencesFiling } from '../clinic/LicencesFiling.tsx';
import { MonthlyFiling } from '../encounters/MonthlyFiling.tsx';
import { MarFiling } from '../medication/MarFiling.tsx';
import { StockFiling } from '../stock/StockFiling.tsx';
import { AgreementFiling } from '../agreements/AgreementFiling.tsx';
import { FulfilmentFiling } from '../agreements/FulfilmentFiling.tsx';
import { SigningFiling } from '../signings/SigningFiling.tsx';
import { DesignationFiling } from '../designation/DesignationFiling.tsx';

/**
 * The React component that lays out each kind of filing (the kinds themselves are declared in
 * core/filings/registry.ts). The print page finds a filing's component here; nothing else names kinds.
 */
export const FILING_COMPONENTS: { [K in FilingKind]: (props: { filing: FilingDataOf<K> }) => ReactElement } = {
  roster: RosterFiling,
  'roster-book': RosterBookFiling,
  incidents: IncidentRegisterFiling,
  'district-pack': DistrictPackFiling,
  'round-sheet': RoundSheetFiling,
  'abnormal-vitals': AbnormalVitalsFiling,
  assessment: AssessmentFiling,
  'annual-exam': AnnualExamFiling,
  compliance: ComplianceFiling,
  licences: LicencesFiling,
  'clinic-monthly': MonthlyFiling,
  mar: MarFiling,
  stock: StockFiling,
  agreement: AgreementFiling,
  fulfilment: FulfilmentFiling,
  signing: SigningFiling,
  designation: DesignationFiling,
};

export function filingComponent(kind: string): ((props: { filing: never }) => ReactElement) | null {
  return Object.hasOwn(FILING_COMPONENTS, kind) ? (FILING_COMPONENTS[kind as FilingKind] as (props: { filing: never }) => ReactElement) : null;
}
