import type { WriteContext } from '../api/context.ts';
import { saveEntry } from './entries.ts';
import { VACCINES, type VaccinationInput } from './schema.ts';

/**
 * 预防接种 with its 知情同意 (who consented, their relation, the date: on or before the day given). A named standard
 * vaccine keeps its name when none is typed.
 */
export function saveVaccination(ctx: WriteContext, input: VaccinationInput) {
  const vaccineName = input.vaccineName || VACCINES[input.vaccine];
  return saveEntry(ctx, 'vaccination', { ...input, vaccineName }, { date: input.givenOn, label: '接种日期', field: 'givenOn', lateReason: input.lateReason });
}
