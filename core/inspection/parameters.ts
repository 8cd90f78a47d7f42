import { z } from 'zod';
import { defineParameter } from '../policy/define.ts';

/**
 * The region-profile values the self-inspection applies (core/policy/parameters.ts lists them). The reference's
 * inspection checklist (designation-and-filings.md §6.2) names the records that must exist and be current but not
 * how far back an inspector looks; the windows are this app's choice, kept as data, marked 待核实 and printed.
 */
export const INSPECTION_PARAMETERS = {
  inspectionWindows: defineParameter({
    label: '自查的查看范围（给药记录、消毒记录）',
    value: z
      .object({
        marDays: z.number().int().min(1).max(31),
        disinfectionDays: z.number().int().min(1).max(31),
      })
      .strict(),
    summary: (v) => `给药记录查看今天以前的 ${v.marDays} 天；消毒记录 ${v.disinfectionDays} 天内没有任何登记即为不符合`,
  }),
};
