import dayjs from 'dayjs';
import { INCIDENT_EDITORS, INCIDENT_REPORTERS } from '../../incidents/access.ts';
import { openIncidents } from '../../incidents/queries.ts';
import { INCIDENT_KINDS } from '../../incidents/schema.ts';
import { defineDeadlineSource } from '../define.ts';

/**
 * The family is told at once (养老机构管理办法 第十九条 asks the home to notify the emergency contact), so a
 * report without the call is due the day it happened.
 */
export const familyNotTold = defineDeadlineSource({
  key: 'incident-family',
  roles: INCIDENT_REPORTERS,
  read: (db) =>
    openIncidents(db)
      .filter((i) => i.familyNotifiedAt === null)
      .map((i) => ({
        id: i.id,
        kind: '通知家属',
        due: i.occurredAt.slice(0, 10),
        title: `${i.bedLabel} 床 ${i.residentName} ${INCIDENT_KINDS[i.kind]}`,
        todo: '尚未记录通知家属的时间和对象',
        link: `/incidents?id=${i.id}`,
      })),
});

/**
 * A follow-up looked at again after a week. The week is the home's practice, not a regional rule (no policy
 * text sets it), so it is a constant here, not a profile value.
 */
export const FOLLOW_UP_REVIEW_DAYS = 7;

export const followUpOpen = defineDeadlineSource({
  key: 'incident-follow-up',
  roles: INCIDENT_EDITORS,
  read: (db, _today, horizon) =>
    openIncidents(db)
      .filter((i) => i.followUpClosedOn === null)
      .map((i) => ({
        id: i.id,
        kind: '意外事件随访',
        due: dayjs(i.occurredAt.slice(0, 10)).add(FOLLOW_UP_REVIEW_DAYS, 'day').format('YYYY-MM-DD'),
        title: `${i.bedLabel} 床 ${i.residentName} ${INCIDENT_KINDS[i.kind]}`,
        todo: '随访并填写改进措施后结束随访',
        link: `/incidents?id=${i.id}`,
      }))
      .filter((d) => d.due <= horizon),
});
