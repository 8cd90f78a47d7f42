import { z } from '../shared/fields.ts';

/**
 * A filing to print: its kind and that kind's own input, checked against the kind's schema
 * (core/filings/registry.ts). The same object travels from a button, the command line or the print page.
 */
export const filingRequest = z
  .object({
    kind: z.string({ error: '请选择报表' }).min(1, '请选择报表').max(40, '不认识的报表'),
    input: z.unknown().optional().default({}),
  })
  .strict();
export type FilingRequest = z.input<typeof filingRequest>;

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

/** A file waiting in the exports folder (core/system/exports.ts) for the person to save or open. */
export interface ExportedFile {
  fileId: string;
  fileName: string;
  bytes: number;
}
