import { defineCheck, result } from './define.ts';
import { notRecorded } from './notRecorded.ts';

const SIGNINGS_LINK = '#/signings';

/** 65+ residents signed with a family doctor: a number where the region sets one (济南 003 第3条), else the principle. */
export const familyDoctorCoverage = defineCheck({
  rule: 'familyDoctorCoverage',
  domain: 'medical',
  run: (v, home) => {
    const target = v.targetPercentAged65;
    const rule = `${v.principle}${target !== null ? `，65 岁以上老人签约率不低于 ${target}%` : ''}`;
    if (!home.centre) return notRecorded('老人的家庭医生签约', rule);
    const { residents, signed } = home.centre.aged65;
    if (residents === 0) return [result('not_applicable', '今天在住老人中没有 65 岁及以上的老人。')];
    const percent = Math.round((signed * 1000) / residents) / 10;
    const looked = `65 岁及以上在住老人 ${residents} 人，家庭医生签约在有效期内 ${signed} 人（${percent}%）。`;
    if (target === null) {
      return [result(signed === residents ? 'ok' : 'warning', looked, signed === residents ? '' : `按“${v.principle}”的原则，为未签约的老人联系签约。`, SIGNINGS_LINK)];
    }
    // Compared in whole numbers, as the signings screen does: 17 of 20 is exactly 85%, met.
    const met = signed * 100 >= target * residents;
    return [result(met ? 'ok' : 'violation', looked, met ? '' : `签约率须不低于 ${target}%：为未签约或已过期的 65 岁以上老人联系签约。`, SIGNINGS_LINK)];
  },
});
