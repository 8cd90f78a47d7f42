import { CLINIC_EDITORS } from '../../clinic/access.ts';
import { activeStaff } from '../../clinic/queries.ts';
import { LICENCE_REMIND_DAYS, PROFESSIONS } from '../../clinic/schema.ts';
import { addDays } from '../../shared/dayMath.ts';
import { defineDeadlineSource } from '../define.ts';

/**
 * 执业证书到期: licences of working clinic staff that have expired or expire within the clinic's first reminder window
 * (LICENCE_REMIND_DAYS, 60 days), due on the expiry day (a licence is valid through it). The director and the clinic's
 * doctor keep the staff records, so theirs to renew.
 */
export const licencesExpiring = defineDeadlineSource({
  key: 'licence',
  roles: CLINIC_EDITORS,
  read: (db, today) => {
    const by = addDays(today, LICENCE_REMIND_DAYS[0]);
    return activeStaff(db, today)
      .filter((s) => s.expiresOn !== null && s.expiresOn <= by)
      .map((s) => ({
        id: s.id,
        kind: '执业证书到期',
        due: s.expiresOn!,
        title: `${s.name}（${PROFESSIONS[s.profession]}）证书 ${s.licenceNo}`,
        todo: s.expiresOn! < today ? '证书已过期：暂停执业，办理延续注册后更新有效期' : '办理延续注册，换证后更新有效期',
        link: `/clinic/staff?id=${s.id}`,
      }));
  },
});
