import dayjs from 'dayjs';
import type { BenchContext } from './context.ts';
import { BENCH_AREA, takeFreeBed } from './context.ts';
import type { FloorAdmission } from './floors.ts';
import { composeIdNumber, parseIdCard } from '../core/shared/idcard.ts';
import { nameKeys } from '../core/residents/names.ts';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES } from '../core/demo/names.ts';
import type { AdmitInput } from '../core/residents/schema.ts';

const FIRST_BIRTH = '1938-01-01';

/** Which of the three modes an admission is for: the same person-shape, a different 身份证 number and bed each. */
export type Slot = 0 | 1 | 2;

/** Admission i of a mode: the same name, contacts and sizes in all three modes, so they do the same work. */
export function admission(ctx: BenchContext, i: number, slot: Slot): AdmitInput {
  const male = i % 2 === 0;
  const surname = SURNAMES[i % 20]!;
  const given = male ? MALE_GIVEN[i % MALE_GIVEN.length]! : FEMALE_GIVEN[i % FEMALE_GIVEN.length]!;
  const born = dayjs(FIRST_BIRTH).add(i * 3 + slot, 'day').format('YYYY-MM-DD');
  const bed = takeFreeBed(ctx);
  return {
    name: surname + given,
    idNumber: composeIdNumber(BENCH_AREA, born, ctx.idSequenceBase + (male ? 1 : 2)),
    phone: '',
    admissionDate: ctx.today,
    externalAssessment: null,
    paymentType: 'self',
    emergencyContacts: [
      { name: `${surname}建军`, relation: '儿子', phone: '13912345678' },
      ...(i % 2 === 0 ? [{ name: `${surname}丽娟`, relation: '女儿', phone: '13812345678' }] : []),
    ],
    notes: '',
    bedId: bed,
  };
}

/** What the service derives before it writes, done here untimed, so the floor is SQL only. */
export function forFloor(input: AdmitInput, today: string): FloorAdmission {
  const id = parseIdCard(input.idNumber, today);
  if (!id.ok) throw new Error(id.message);
  const keys = nameKeys(input.name);
  return {
    name: input.name,
    pinyin: keys.pinyin,
    initials: keys.initials,
    sex: id.sex,
    idNumber: id.normalized,
    birthDate: id.birthDate,
    phone: input.phone,
    admissionDate: input.admissionDate,
    bedId: input.bedId,
    paymentType: input.paymentType,
    notes: input.notes,
    contacts: input.emergencyContacts,
  };
}

/**
 * The next move: a resident not moved before (so every move reads one or two bed stays, as in life)
 * into a free bed; their old bed goes back to the pool, free once the move is done.
 */
export function nextMove(ctx: BenchContext): { id: number; bedId: number; date: string } {
  const who = ctx.occupants.pop();
  if (!who) throw new Error('基准测试的在住老人用完了');
  const bed = takeFreeBed(ctx);
  ctx.freeBeds.push(who.bedId);
  return { id: who.id, bedId: bed, date: ctx.today };
}
