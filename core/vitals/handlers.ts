import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { VITALS_READERS, VITALS_RECORDERS, VITALS_RESTORERS } from './access.ts';
import {
  abnormalInput,
  readingKeyInput,
  readingsInput,
  recordInput,
  removeReadingInput,
  residentInput,
  roundQueryInput,
  saveRoundInput,
  trendInput,
} from './schema.ts';
import { homeRanges } from './thresholds.ts';
import { roundGrid } from './roundGrid.ts';
import { saveRound } from './saveRound.ts';
import { recordReading } from './record.ts';
import { removeReading, restoreReading } from './remove.ts';
import { vitalsTrend } from './trend.ts';
import { latestVitals } from './latest.ts';
import { residentReadings } from './readings.ts';
import { abnormalVitals } from './abnormal.ts';

/** A reading changes the resident's record as well as the vitals screens. */
const VITALS_CHANGES = ['vitals'];

export const vitalsArea = defineArea('vitals', {
  /** The home's bands with their sources: the grid flags values while they are typed, the chart shades them. */
  'vitals.ranges': method({ kind: 'read', access: VITALS_READERS, input: emptyInput, handler: (ctx) => homeRanges(ctx.db) }),
  /** The round grid of a floor, day and shift, with what was saved for it already. */
  'vitals.round': method({ kind: 'read', access: VITALS_RECORDERS, input: roundQueryInput, handler: (ctx, input) => roundGrid(ctx.db, input, ctx.today) }),
  'vitals.saveRound': method({ kind: 'write', access: VITALS_RECORDERS, input: saveRoundInput, changes: VITALS_CHANGES, handler: saveRound }),
  'vitals.record': method({ kind: 'write', access: VITALS_RECORDERS, input: recordInput, changes: VITALS_CHANGES, handler: recordReading }),
  'vitals.remove': method({ kind: 'write', access: VITALS_RECORDERS, input: removeReadingInput, changes: VITALS_CHANGES, handler: removeReading }),
  'vitals.restore': method({ kind: 'write', access: VITALS_RESTORERS, input: readingKeyInput, changes: VITALS_CHANGES, handler: restoreReading }),
  'vitals.trend': method({
    kind: 'read',
    access: VITALS_READERS,
    input: trendInput,
    handler: (ctx, input) => vitalsTrend(ctx.db, input.residentId, input.measure, input.range, ctx.now),
  }),
  'vitals.latest': method({ kind: 'read', access: VITALS_READERS, input: residentInput, handler: (ctx, input) => latestVitals(ctx.db, input.residentId) }),
  'vitals.readings': method({ kind: 'read', access: VITALS_READERS, input: readingsInput, handler: (ctx, input) => residentReadings(ctx.db, input) }),
  /** 今日异常 (or another day's): the nurse's first screen. */
  'vitals.abnormal': method({ kind: 'read', access: VITALS_READERS, input: abnormalInput, handler: (ctx, input) => abnormalVitals(ctx.db, input, ctx.today) }),
});
