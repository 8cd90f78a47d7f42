import dayjs from 'dayjs';
import type { BenchContext } from './context.ts';
import { BENCH_AREA } from './context.ts';
import { composeIdNumber } from '../core/shared/idcard.ts';
import { SURNAMES, FEMALE_GIVEN, MALE_GIVEN } from '../core/demo/names.ts';

export interface NewFloorOptions {
  size: number;
  /** The first resident's birth date; each next one a day later. Each benchmark has its own year, so no 身份证 collides. */
  bornFrom: string;
  /** The 身份证 sequence numbers (added to the run's base) of the men and of the women: one pair per benchmark. */
  sequence: { male: number; female: number };
  /** Where in the name lists this floor starts, so two floors do not repeat each other's names. */
  nameOffset?: { surname: number; given: number };
}

/**
 * A new floor above the others, of `size` beds in rooms of two, each with a resident admitted three years ago through
 * residents.admit: the untimed set-up of the write benchmarks (a round of vitals, a shift of doses).
 */
export async function admitNewFloor(ctx: BenchContext, options: NewFloorOptions): Promise<{ floor: number; admitted: string; residentIds: number[] }> {
  const { size, bornFrom, sequence, nameOffset = { surname: 0, given: 0 } } = options;
  const floor = (ctx.db.prepare('SELECT max(floor) FROM beds').pluck().get() as number) + 1;
  await ctx.service('beds.add', { floor, roomFrom: floor * 1000 + 1, roomTo: floor * 1000 + size / 2, bedsPerRoom: 2 });
  const beds = ctx.db.prepare('SELECT id FROM beds WHERE floor = ? ORDER BY id').pluck().all(floor) as number[];
  const admitted = dayjs(ctx.today).subtract(3, 'year').format('YYYY-MM-DD');
  const residentIds: number[] = [];
  for (const [k, bedId] of beds.entries()) {
    const male = k % 2 === 0;
    const r = (await ctx.service('residents.admit', {
      name: SURNAMES[(k + nameOffset.surname) % SURNAMES.length]! + (male ? MALE_GIVEN : FEMALE_GIVEN)[(k + nameOffset.given) % 20]!,
      idNumber: composeIdNumber(BENCH_AREA, dayjs(bornFrom).add(k, 'day').format('YYYY-MM-DD'), ctx.idSequenceBase + (male ? sequence.male : sequence.female)),
      phone: '',
      admissionDate: admitted,
      paymentType: 'self',
      emergencyContacts: [{ name: '家属', relation: '子女', phone: '13912345678' }],
      notes: '',
      bedId,
    })) as { id: number };
    residentIds.push(r.id);
  }
  return { floor, admitted, residentIds };
}
