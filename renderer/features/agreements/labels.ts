import type { AgreementState } from '../../../core/agreements/schema.ts';

export const stateColor: Record<AgreementState, string> = { current: 'green', upcoming: 'blue', ended: 'default' };
