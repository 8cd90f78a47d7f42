import { PROFESSIONS, PRACTICE_SITES, ROOM_KINDS, AGREEMENT_KINDS, type licenceState } from '../../../core/clinic/schema.ts';

export const LICENCE_COLOR: Record<ReturnType<typeof licenceState>['level'], string> = {
  expired: 'red',
  soon: 'red',
  near: 'orange',
  ok: 'green',
};

export const professionOptions = Object.entries(PROFESSIONS).map(([value, label]) => ({ value, label }));
export const siteOptions = Object.entries(PRACTICE_SITES).map(([value, label]) => ({ value, label }));
export const roomKindOptions = Object.entries(ROOM_KINDS).map(([value, label]) => ({ value, label }));
export const agreementKindOptions = Object.entries(AGREEMENT_KINDS).map(([value, label]) => ({ value, label: `${label}服务协议` }));
