import { addDays } from '../../shared/dayMath.ts';
import { doseGaps } from '../../medication/queries.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome } from '../define.ts';
import { parameterOf } from '../profileValues.ts';

/** The shifts looked at: those that started on the profile's marDays before today (today's may still be under way). */
export function marWindow(today: string, days: number): { from: string; to: string } {
  return { from: addDays(today, -days), to: addDays(today, -1) };
}

/**
 * 卫健 (给药记录与医嘱相符): every dose the orders made due in the window has an administration record — given, or not
 * given with its reason (refused, held, missed: the reason is required, 0012-medication.sql). A dose with no record at
 * all is a 漏记/漏给 and a finding; one marked not given with a reason is recorded and counted in the summary only.
 */
export const missedDoses = defineRecordCheck({
  key: 'missedDoses',
  label: '给药记录与医嘱相符（无漏记漏给）',
  authority: '卫健',
  basis: 'GB 38600-2019 服务防护“防食品药品误食”与给药记录（参考资料 §3.3）；参考资料 §6.2 卫健：处方、诊疗记录',
  gather(db, env) {
    const windows = parameterOf(env.profile, 'inspectionWindows');
    const { from, to } = marWindow(env.today, windows.value.marDays);
    return { from, to, windows, ...doseGaps(db, from, to, env.moment, EVIDENCE_LIMIT) };
  },
  judge(f) {
    const extra = { unverified: f.windows.unverified, note: f.windows.note };
    const range = `${f.from} 至 ${f.to}`;
    if (f.due === 0) return { ...outcome('na', `${range} 没有应给的药（无执行中的医嘱）`), ...extra };
    const reasons = f.withReason > 0 ? `；另有 ${f.withReason} 次未给药已记录原因（拒服、暂停或漏给并说明），不计为漏记` : '';
    if (f.count === 0) return { ...outcome('pass', `${range} 应给 ${f.due} 次，均有给药记录${reasons}`), ...extra };
    const evidence = f.first.map((d) => ({ text: `${d.bedLabel} ${d.residentName}：${d.drugName} ${d.dueDate} ${d.dueTime} 无给药记录`, link: `#/medication?tab=report&date=${d.shiftDate}&shift=${d.shift}` }));
    return {
      ...outcome(
        'fail',
        `${range} 应给 ${f.due} 次，${f.residents} 位老人共 ${f.count} 次既无给药记录也无未给原因${reasons}`,
        '核对当班给药情况：已给的补记给药时间，未给的记录原因（拒服、暂停或漏给）并报告医师',
        '#/medication?tab=report',
        evidence,
        f.count - evidence.length,
      ),
      ...extra,
    };
  },
});
