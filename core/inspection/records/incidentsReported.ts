import { openIncidentSummaries } from '../../incidents/queries.ts';
import { INCIDENT_KINDS } from '../../incidents/schema.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome } from '../define.ts';

/**
 * 民政: every incident record carries the time the family was told (养老机构管理办法 第十九条: notify the emergency
 * contact), and follow-ups are closed. The family not told is 不符合; a follow-up still open is 需注意.
 */
export const incidentsReported = defineRecordCheck({
  key: 'incidentsReported',
  label: '意外事件记录完整（通知家属时间、随访）',
  authority: '民政',
  basis: '《养老机构管理办法》（民政部令第66号）第十九条（及时通知紧急联系人）；GB 38600-2019 九防；参考资料 §6.2 民政：意外事件记录含通知家属时间',
  gather: (db) => openIncidentSummaries(db),
  judge(open) {
    const notTold = open.filter((i) => i.familyNotifiedAt === null);
    const followUp = open.filter((i) => i.familyNotifiedAt !== null && i.followUpClosedOn === null);
    const stillOpen = open.filter((i) => i.followUpClosedOn === null).length;
    if (open.length === 0) return outcome('pass', '意外事件记录均已记录通知家属的时间，随访均已结束');
    const words = (i: (typeof open)[number]) => `${i.bedLabel} ${i.residentName}：${i.occurredAt.slice(0, 16).replace('T', ' ')} ${INCIDENT_KINDS[i.kind]}`;
    const evidence = [
      ...notTold.map((i) => ({ text: `${words(i)}，未记录通知家属`, link: `#/incidents?id=${i.id}` })),
      ...followUp.map((i) => ({ text: `${words(i)}，随访未结束`, link: `#/incidents?id=${i.id}` })),
    ];
    return outcome(
      notTold.length > 0 ? 'fail' : 'attention',
      [notTold.length > 0 && `${notTold.length} 起意外事件未记录通知家属的时间`, stillOpen > 0 && `${stillOpen} 起随访未结束`].filter(Boolean).join('；'),
      [notTold.length > 0 && '打开事件，记录通知家属的时间和对象', stillOpen > 0 && '随访后填写改进措施并结束随访'].filter(Boolean).join('；'),
      evidence[0]!.link,
      evidence.slice(0, EVIDENCE_LIMIT),
      Math.max(0, evidence.length - EVIDENCE_LIMIT),
    );
  },
});
