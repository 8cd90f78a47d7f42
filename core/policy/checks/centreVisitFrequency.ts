import { defineCheck, result } from './define.ts';
import { notRecorded } from './notRecorded.ts';

const CENTRE_LINK = '#/centre';

/** The centre comes as often as the region requires (南京 000 三（二）) or as the agreement says (003 第3条). */
export const centreVisitFrequency = defineCheck({
  rule: 'centreVisitFrequency',
  domain: 'medical',
  run: (v, home) => {
    const rule = `${v.what}${v.minPerWeek ? `每周至少 ${v.minPerWeek} 次` : ''}${v.asAgreed ? '，具体内容、方式、频次按双方协议' : ''}`;
    if (!home.centre) return notRecorded('与签约社区卫生服务中心的协议和来访', rule);
    const { inForce, recentWeeks } = home.centre;
    if (!inForce || !recentWeeks) {
      return [result('violation', '今天没有生效中的签约协议：签约医疗机构的来访无从考核。', `续签或登记与社区卫生服务中心的协议（${rule}）。`, CENTRE_LINK)];
    }
    const span = `${recentWeeks.from} 至 ${recentWeeks.to}（最近 4 个整周）`;
    if (recentWeeks.gaps.length === 0) return [result('ok', `${inForce.partner}：${span}每周来访均达到约定频次。`, '', CENTRE_LINK)];
    return [
      result('violation', `${inForce.partner}：${span}服务未到位——${recentWeeks.gaps.join('；')}。`, `请签约医疗机构补足来访，并在“签约医疗机构”核对来访登记（${rule}）。`, CENTRE_LINK),
    ];
  },
});
