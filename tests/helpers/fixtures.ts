import { composeIdNumber } from '../../core/shared/idcard.ts';
import { composeCreditCode } from '../../core/shared/creditCode.ts';
import type { InstitutionInput } from '../../core/institution/schema.ts';
import type { MethodInput } from '../../core/api/methods.ts';

/** Tests run on a fixed day so ages, "today" and date checks do not drift. 2026-11-23 09:00 in Beijing. */
export const FIXED_NOW = new Date('2026-11-23T01:00:00Z');
export const fixedClock = () => new Date(FIXED_NOW);

export const TEST_PASSWORD = 'mima123456';
/** What a director gives a new account; its owner must change it at the first sign-in. */
export const TEMPORARY_PASSWORD = 'linshi2026';

export function institutionInput(overrides: Partial<InstitutionInput> = {}): InstitutionInput {
  return {
    name: '测试福利院',
    creditCode: composeCreditCode('52320102MJ0000001'),
    address: '南京市玄武区测试路 1 号',
    regionCode: 'national',
    licensedBeds: 120,
    openedOn: '2020-01-01',
    civilAffairsFilingNo: '测民养备 001',
    directorName: '院长甲',
    phone: '025-83451234',
    idleLockMinutes: 15,
    ...overrides,
  };
}

let sequence = 1;
/** A valid 身份证 number for someone born on birthDate; odd sequence = male. */
export function idNumber(birthDate = '1945-06-15', male = true): string {
  sequence = (sequence + 2) % 998;
  return composeIdNumber('320102', birthDate, male ? sequence | 1 : (sequence | 1) + 1);
}

/** A valid admission; overrides may be invalid on purpose, so the result is typed as the valid shape. */
export function admitInput(bedId: number, overrides: Record<string, unknown> = {}): MethodInput<'residents.admit'> {
  return {
    name: '张秀英',
    idNumber: idNumber('1940-03-02', false),
    phone: '',
    admissionDate: '2026-11-01',
    paymentType: 'self',
    emergencyContacts: [{ name: '张伟', relation: '儿子', phone: '13912345678' }],
    notes: '',
    bedId,
    ...overrides,
  } as MethodInput<'residents.admit'>;
}
