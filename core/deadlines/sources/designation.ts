import { DESIGNATION_READERS, LTC_READERS } from '../../designation/access.ts';
import { applicationDueDates, ltcExpiryDueDates } from '../../designation/queries.ts';
import { defineDeadlineSource } from '../define.ts';

/** 定点申请: the evaluation deadline (paused while materials are supplemented), renewal and suspension end. */
export const designationDeadlines = defineDeadlineSource({
  key: 'designation',
  roles: DESIGNATION_READERS,
  read: (db, today, horizon) => applicationDueDates(db, today).filter((d) => d.due <= horizon),
});

/** 长护险 失能等级 conclusions about to expire: the resident needs re-assessment to keep the benefit. */
export const ltcExpiry = defineDeadlineSource({
  key: 'ltc-expiry',
  roles: LTC_READERS,
  read: (db, today) => ltcExpiryDueDates(db, today),
});
