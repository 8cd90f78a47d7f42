import { MAR_READERS } from '../../medication/access.ts';
import { unrecordedShifts } from '../../medication/queries.ts';
import { SHIFTS } from '../../medication/schema.ts';
import { addDays } from '../../shared/dayMath.ts';
import { defineDeadlineSource } from '../define.ts';

/**
 * How far back missed doses are listed: the shifts of yesterday and today. Older ones are the month's MAR's (and the
 * shift report's, which looks at any shift); the day is the home's practice for 补记, not a rule of any document.
 */
export const MISSED_DOSE_LOOKBACK_DAYS = 1;

/**
 * 漏记给药: a floor's shift that is over with doses due and nothing recorded for them — neither given nor a reason —
 * due on the shift's day. Whoever gives doses records them; the director sees the home's.
 */
export const missedDoses = defineDeadlineSource({
  key: 'missed-doses',
  roles: MAR_READERS,
  read: (db, today, _horizon, now) =>
    unrecordedShifts(db, addDays(today, -MISSED_DOSE_LOOKBACK_DAYS), now).map((s) => ({
      id: `${s.floor}:${s.date}:${s.shift}`,
      kind: '漏记给药',
      due: s.date,
      title: `${s.floor} 楼 ${s.date} ${SHIFTS[s.shift].label}：${s.residents} 位老人 ${s.doses} 次给药未记录`,
      todo: '核实是否已给药，补记给药或填写未给药原因',
      link: `/medication?tab=report&floor=${s.floor}&date=${s.date}&shift=${s.shift}`,
    })),
});
