import dayjs from 'dayjs';
import { AGREEMENT_EDITORS, AGREEMENT_READERS } from '../../agreements/access.ts';
import { agreementsEndingBy, hasRenewal, readFulfilment, allAgreements } from '../../agreements/queries.ts';
import { SIGNING_EDITORS } from '../../signings/access.ts';
import { signingsExpiringBy } from '../../signings/queries.ts';
import { defineDeadlineSource } from '../define.ts';

/** An agreement with the contracted centre that ends with no renewal entered (every home must have one: 002 (二)). */
export const agreementRenewal = defineDeadlineSource({
  key: 'agreement-renewal',
  roles: AGREEMENT_EDITORS,
  read: (db, today, horizon) =>
    agreementsEndingBy(db, today, horizon)
      .filter((a) => a.ends_on <= horizon && !hasRenewal(db, a.id))
      .map((a) => ({
        id: a.id,
        kind: '签约协议续签',
        due: a.ends_on,
        title: a.partner_name,
        todo: `协议 ${a.ends_on} 到期，请与签约机构续签并录入新协议`,
        link: `/centre?tab=agreements&id=${a.id}`,
      })),
});

/** The visiting staff's liability insurance named in a current agreement runs out. */
export const centreInsurance = defineDeadlineSource({
  key: 'agreement-insurance',
  roles: AGREEMENT_EDITORS,
  read: (db, today, horizon) =>
    agreementsEndingBy(db, today, horizon)
      .filter((a) => a.insurance_expires_on !== null && a.insurance_expires_on <= horizon && a.insurance_expires_on < a.ends_on)
      .map((a) => ({
        id: a.id,
        kind: '来访人员责任险到期',
        due: a.insurance_expires_on!,
        title: a.partner_name,
        todo: '请签约机构提供续保的保单，并在协议中更新保单号和到期日',
        link: `/centre?tab=agreements&id=${a.id}`,
      })),
});

/** A resident's family-doctor signing ends (renewed yearly) with no renewal entered. */
export const signingExpiry = defineDeadlineSource({
  key: 'signing-expiry',
  roles: SIGNING_EDITORS,
  read: (db, today, horizon) =>
    signingsExpiringBy(db, today, horizon).map((s) => ({
      id: s.id,
      kind: '家庭医生续签',
      due: s.expiresOn,
      title: s.residentName,
      todo: `家庭医生签约（${s.doctor}）到期，请办理续签`,
      link: '/signings',
    })),
});

/**
 * Last month's agreed services the centre did not deliver (服务到位, 000 四(二)): due at once, shown until the month
 * after, so the director raises it with the centre while it is fresh.
 */
export const underDelivered = defineDeadlineSource({
  key: 'agreement-under-delivered',
  roles: AGREEMENT_READERS,
  read: (db, today) => {
    const month = dayjs(today).subtract(1, 'month');
    const from = month.startOf('month').format('YYYY-MM-DD');
    const to = month.endOf('month').format('YYYY-MM-DD');
    return allAgreements(db, today)
      .filter((a) => a.startsOn <= to && a.endsOn >= from)
      .flatMap((a) => {
        const f = readFulfilment(db, today, { id: a.id, grain: 'month', from, to });
        if (f.gapLines.length === 0) return [];
        return [
          {
            id: `${a.id}-${month.format('YYYY-MM')}`,
            kind: '服务未到位',
            due: dayjs(today).startOf('month').format('YYYY-MM-DD'),
            title: `${a.partnerName} ${month.format('YYYY年M月')}`,
            todo: f.gapLines.map((l) => l.replace(/^[^：]*：/, '')).join(' '),
            link: '/centre?tab=fulfilment',
          },
        ];
      });
  },
});
