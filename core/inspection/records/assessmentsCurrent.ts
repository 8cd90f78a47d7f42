import { abilityAssessmentGaps } from '../../assessments/queries.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome, recordLink } from '../define.ts';
import { parameterOf } from '../profileValues.ts';

/**
 * 民政: every resident in residence has a current ability assessment (养老机构管理办法 第十五条: 入院评估, re-assessed;
 * the interval is the profile's abilityReassessment). Due today is still current; due yesterday is overdue.
 */
export const assessmentsCurrent = defineRecordCheck({
  key: 'assessmentsCurrent',
  label: '老年人能力评估在有效期内',
  authority: '民政',
  basis: '《养老机构管理办法》（民政部令第66号）第十五条：入院评估、定期及状况变化时复评；参考资料 §6.2 民政：老人名册含评估日期与照护等级',
  gather: (db, env) => abilityAssessmentGaps(db, env.today, EVIDENCE_LIMIT),
  judge(f, env) {
    const interval = parameterOf(env.profile, 'abilityReassessment');
    const rule = `复评间隔 ${interval.value.routineMonths} 个月（${interval.cite}）`;
    const extra = { unverified: interval.unverified, note: interval.note };
    if (f.inResidence === 0) return { ...outcome('na', '目前没有在院老人'), ...extra };
    const bad = f.overdueCount + f.neverCount;
    if (bad === 0) return { ...outcome('pass', `在院 ${f.inResidence} 位老人的能力评估均在有效期内（${rule}）`), ...extra };
    const parts = [f.overdueCount > 0 && `${f.overdueCount} 位老人的评估已过期`, f.neverCount > 0 && `${f.neverCount} 位老人从未评估`].filter(Boolean);
    const evidence = [
      ...f.overdue.map((r) => ({ text: `${r.bedLabel} ${r.name}：上次评估 ${r.lastOn}，应于 ${r.dueOn} 前复评`, link: recordLink(r.residentId) })),
      ...f.never.map((r) => ({ text: `${r.bedLabel} ${r.name}：${r.admittedOn} 入住，尚无能力评估`, link: recordLink(r.residentId) })),
    ];
    return {
      ...outcome(
        'fail',
        `在院 ${f.inResidence} 位老人中，${parts.join('，')}（${rule}）`,
        '在“护理与健康”的待评估名单中逐位完成老年人能力评估（GB/T 42195-2022）',
        '#/care',
        evidence,
        bad - evidence.length,
      ),
      ...extra,
    };
  },
});
