import { STOCK_CHECKERS } from '../../stock/access.ts';
import { batchesExpiringBy } from '../../stock/queries.ts';
import { EXPIRY_REMIND_DAYS } from '../../stock/schema.ts';
import { addDays } from '../../shared/dayMath.ts';
import { defineDeadlineSource } from '../define.ts';

/**
 * 药品近效期: batches in stock that have expired or expire within the stock's first reminder window (EXPIRY_REMIND_DAYS,
 * 90 days), due on the expiry day (usable through it). Those who check the stock write off or use up first.
 */
export const drugsExpiring = defineDeadlineSource({
  key: 'stock-expiry',
  roles: STOCK_CHECKERS,
  read: (db, today) =>
    batchesExpiringBy(db, addDays(today, EXPIRY_REMIND_DAYS[0])).map((b) => ({
      id: b.batchId,
      kind: '药品效期',
      due: b.expiresOn,
      title: `${b.drug} 批号 ${b.batchNo}（余 ${b.qty} ${b.unit}）`,
      todo: b.expiresOn < today ? '已过期：停止使用并报损' : '近效期：优先使用，到期前未用完则报损',
      link: `/stock?drug=${b.drugId}`,
    })),
});
