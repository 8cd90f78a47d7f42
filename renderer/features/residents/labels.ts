import { CARE_LEVELS, PAYMENT_TYPES, type RESIDENT_STATUS } from '../../../core/residents/schema.ts';

export const careLevelOptions = [
  ...CARE_LEVELS.map((label, value) => ({ value, label })),
];
export const paymentOptions = Object.entries(PAYMENT_TYPES).map(([value, label]) => ({ value, label }));
export const statusColor: Record<keyof typeof RESIDENT_STATUS, string> = {
  in_residence: 'green',
  discharged: 'default',
  deceased: 'default',
};
