import type { Injury } from '../../../core/incidents/schema.ts';

/** The colour of an injury's tag: the worse, the louder. */
export const injuryColor: Record<Injury, string> = { none: 'default', minor: 'blue', moderate: 'orange', serious: 'red', death: 'black' };
