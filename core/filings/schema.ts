import { z } from '../shared/fields.ts';
import { rosterFilter } from '../residents/schema.ts';

/** One printable filing. New filings join this union with their own `kind`. */
export const filingRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('roster'), filter: rosterFilter }).strict(),
]);
export type FilingRequest = z.output<typeof filingRequest>;

export const FILING_TITLES: Record<FilingRequest['kind'], string> = {
  roster: '住养老人名册',
};

export interface FilingHeader {
  title: string;
  institution: {
    name: string;
    creditCode: string;
    address: string;
    civilAffairsFilingNo: string;
    directorName: string;
    phone: string;
  };
  scope: string;
  printedAt: string;
  printedBy: string;
  isDemo: boolean;
}

export interface RosterFilingRow {
  no: number;
  bed: string;
  name: string;
  sex: string;
  age: number;
  idNumber: string;
  admissionDate: string;
  careLevel: string;
  paymentType: string;
  contact: string;
  contactPhone: string;
  status: string;
  leftOn: string;
}

export interface RosterFiling extends FilingHeader {
  kind: 'roster';
  showLeft: boolean;
  rows: RosterFilingRow[];
  summary: { total: number; male: number; female: number; aged65: number; aged80: number; byCareLevel: { label: string; n: number }[] };
}
