import { GBT42195 } from './gbt42195.data.ts';
import { BRADEN } from './braden.ts';
import { MORSE } from './morse.ts';
import { AD8 } from './ad8.ts';
import { MMSE } from './mmse.ts';
import { SELFCARE } from './selfcare.ts';
import { TCM } from './tcm.data.ts';
import type { ScaleDef, ScaleKey } from './types.ts';

/** Every scale the app scores, by key: the forms draw their items from here, the scoring functions score them. */
export const SCALES: Record<ScaleKey, ScaleDef> = {
  gbt42195: GBT42195,
  braden: BRADEN,
  morse: MORSE,
  ad8: AD8,
  mmse: MMSE,
  selfcare: SELFCARE,
  tcm: TCM,
};
