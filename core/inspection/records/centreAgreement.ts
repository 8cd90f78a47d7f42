import dayjs from 'dayjs';
import { addDays } from '../../shared/dayMath.ts';
import { allAgreements, hasRenewal, readFulfilment, visitsBetween } from '../../agreements/queries.ts';
import type { AgreementRow } from '../../agreements/schema.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome } from '../define.ts';

/** Days before an agreement ends when a renewal should be on file (the 总览's reminder window). */
const RENEWAL_NOTICE_DAYS = 30;

/** The last four whole weeks (Monday–Sunday) before this one: the span 服务到位 is judged over, as the rule checker does. */
export function lastFourWeeks(today: string): { from: string; to: string } {
  const thisMonday = dayjs(today).subtract((dayjs(today).day() + 6) % 7, 'day');
  return { from: thisMonday.subtract(28, 'day').format('YYYY-MM-DD'), to: thisMonday.subtract(1, 'day').format('YYYY-MM-DD') };
}

interface CentreRecords {
  agreements: AgreementRow[];
  inForce: AgreementRow | null;
  renewed: boolean;
  span: { from: string; to: string };
  visits: number;
  gaps: string[];
}

/**
 * 卫健: the agreement with the contracted community health centre is in force, on file with its scan, and its visits are
 * recorded and delivered as agreed over the last four whole weeks (服务到位, read through the agreements area's own
 * counting: 004 第4条; 000 四(二)). A term ending within 30 days with no renewal on file, or the visiting staff's
 * insurance expired, is 需注意.
 */
export const centreAgreement = defineRecordCheck({
  key: 'centreAgreement',
  label: '签约社区卫生服务中心协议有效、上门服务到位',
  authority: '卫健',
  basis: '004 第4条；000 四(二)；参考资料 §6.2 卫健：签约机构协议与上门服务记录',
  gather(db, env): CentreRecords {
    const agreements = allAgreements(db, env.today);
    const inForce = agreements.find((a) => a.state === 'current') ?? null;
    const span = lastFourWeeks(env.today);
    if (!inForce) return { agreements, inForce, renewed: false, span, visits: 0, gaps: [] };
    const from = span.from > inForce.startsOn ? span.from : inForce.startsOn;
    const judged = from <= span.to;
    return {
      agreements,
      inForce,
      renewed: hasRenewal(db, inForce.id),
      span: { from, to: span.to },
      visits: judged ? visitsBetween(db, from, span.to, inForce.id).length : 0,
      gaps: judged ? readFulfilment(db, env.today, { id: inForce.id, grain: 'week', from, to: span.to }).gapLines : [],
    };
  },
  judge(f, env) {
    if (f.agreements.length === 0)
      return outcome('fail', '没有登记与社区卫生服务中心的签约协议', '在“签约医疗机构”中登记签约协议（含扫描件）和每次上门服务', '#/centre');
    const a = f.inForce;
    if (!a) {
      const last = [...f.agreements].sort((x, y) => y.endsOn.localeCompare(x.endsOn))[0]!;
      const ended = last.endsOn < env.today;
      return outcome(
        'fail',
        ended ? `与${last.partnerName}的协议已于 ${last.endsOn} 到期，目前没有在有效期内的签约协议` : `与${last.partnerName}的协议 ${last.startsOn} 才生效，目前没有在有效期内的签约协议`,
        '续签协议，并在“签约医疗机构”中登记新的协议期限和扫描件',
        `#/centre?id=${last.id}`,
        [{ text: `${last.partnerName}：协议期限 ${last.startsOn} 至 ${last.endsOn}`, link: `#/centre?id=${last.id}` }],
      );
    }
    const link = `#/centre?id=${a.id}`;
    const fulfilment = `#/centre?tab=fulfilment&id=${a.id}`;
    const span = `${f.span.from} 至 ${f.span.to}`;
    const failures = [
      ...(f.span.from <= f.span.to && f.visits === 0 ? [{ text: `${span} 没有任何上门服务记录`, link: '#/centre?tab=visits' }] : []),
      ...f.gaps.map((g) => ({ text: g, link: fulfilment })),
    ];
    const cautions = [
      ...(a.attachmentId === null ? [{ text: '协议未存扫描件', link, fix: '扫描协议原件并存入协议' }] : []),
      ...(a.insuranceExpiresOn !== null && a.insuranceExpiresOn < env.today
        ? [{ text: `上门人员的保险已于 ${a.insuranceExpiresOn} 到期`, link, fix: '请社区卫生服务中心提供续保的保单并更新' }]
        : []),
      ...(a.endsOn <= addDays(env.today, RENEWAL_NOTICE_DAYS) && !f.renewed ? [{ text: `协议将于 ${a.endsOn} 到期，尚未登记续签`, link, fix: '与社区卫生服务中心办理续签并登记新协议' }] : []),
    ];
    const head = `与${a.partnerName}的协议有效期至 ${a.endsOn}；${span} 上门服务 ${f.visits} 次`;
    if (failures.length === 0 && cautions.length === 0) return outcome('pass', `${head}，约定服务均已到位`);
    const evidence = [...failures, ...cautions.map(({ text, link }) => ({ text, link }))];
    return outcome(
      failures.length > 0 ? 'fail' : 'attention',
      `${head}${failures.length > 0 ? '，约定服务未到位' : ''}${cautions.length > 0 ? `；${cautions.map((c) => c.text).join('；')}` : ''}`,
      [failures.length > 0 && '与社区卫生服务中心核对未到位的服务并补齐，每次上门都登记', ...cautions.map((c) => c.fix)].filter(Boolean).join('；'),
      failures.length > 0 ? fulfilment : link,
      evidence.slice(0, EVIDENCE_LIMIT),
      Math.max(0, evidence.length - EVIDENCE_LIMIT),
    );
  },
});
