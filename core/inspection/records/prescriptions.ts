import { runningOrderPrescribers } from '../../medication/queries.ts';
import { staffOfUser } from '../../clinic/queries.ts';
import type { StaffRow } from '../../clinic/schema.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome } from '../define.ts';

interface Prescriber {
  source: 'clinic' | 'external';
  prescriber: string;
  orders: number;
  firstOrderId: number;
  firstResident: string;
  /** The clinic staff record of the prescribing account; null when the account is not on the clinic's staff. */
  staff: Pick<StaffRow, 'id' | 'profession' | 'leftOn' | 'daysLeft' | 'issuedOn'> | null;
  hasAccount: boolean;
}

/** Why an order's prescriber does not hold: null when it does. */
export function prescriberProblem(p: Prescriber, today: string): { level: 'fail' | 'attention'; why: string } | null {
  if (p.prescriber.trim() === '') return { level: 'fail', why: '医嘱没有开具人' };
  if (p.source === 'external') return null;
  if (!p.hasAccount) return { level: 'fail', why: '开具人不是本院的账户' };
  if (p.staff === null) return { level: 'fail', why: '开具人未登记在医务室的医务人员中' };
  if (p.staff.profession !== 'physician') return { level: 'fail', why: '开具人不是医师' };
  if (p.staff.issuedOn > today || (p.staff.daysLeft !== null && p.staff.daysLeft < 0)) return { level: 'fail', why: '开具医师的执业证书不在有效期内' };
  if (p.staff.leftOn !== null) return { level: 'attention', why: '开具医师已离职，医嘱应由在岗医师复核' };
  return null;
}

/**
 * 卫健: every medication order running now has a prescriber — for the clinic's own prescriptions a physician among the
 * clinic's staff with a licence in force; for prescriptions from outside (a hospital), the prescriber named. The
 * start of an order is required by the schema (medication_orders.start_at NOT NULL), so it is never missing.
 */
export const prescriptions = defineRecordCheck({
  key: 'prescriptions',
  label: '医嘱有处方医师，开具人执业资格有效',
  authority: '卫健',
  basis: '《处方管理办法》（处方由注册的执业医师开具；参考资料 §4.3，二手资料）；参考资料 §6.2 卫健：处方',
  gather(db, env): Prescriber[] {
    return runningOrderPrescribers(db, env.moment).map((p) => {
      const staff = p.prescriberId === null ? undefined : staffOfUser(db, p.prescriberId, env.today);
      return { ...p, staff: staff ?? null, hasAccount: p.prescriberId !== null };
    });
  },
  judge(groups, env) {
    const orders = groups.reduce((n, g) => n + g.orders, 0);
    if (orders === 0) return outcome('na', '目前没有执行中的医嘱');
    const problems = groups.flatMap((g) => {
      const p = prescriberProblem(g, env.today);
      return p ? [{ ...g, ...p }] : [];
    });
    const bad = problems.filter((p) => p.level === 'fail');
    const badOrders = bad.reduce((n, p) => n + p.orders, 0);
    const warnOrders = problems.filter((p) => p.level === 'attention').reduce((n, p) => n + p.orders, 0);
    const evidence = problems.slice(0, EVIDENCE_LIMIT).map((p) => ({
      text: `${p.prescriber || '（未填写）'} 开具的 ${p.orders} 条医嘱：${p.why}（如 ${p.firstResident}）`,
      link: p.staff ? `#/clinic/staff?id=${p.staff.id}` : '#/medication?tab=orders',
    }));
    const sources = `本院开具 ${groups.filter((g) => g.source === 'clinic').reduce((n, g) => n + g.orders, 0)} 条，院外处方 ${groups.filter((g) => g.source === 'external').reduce((n, g) => n + g.orders, 0)} 条`;
    if (problems.length === 0) return outcome('pass', `执行中的医嘱 ${orders} 条（${sources}），均有处方医师，本院开具的均为执业证书有效的医师`);
    return outcome(
      badOrders > 0 ? 'fail' : 'attention',
      `执行中的医嘱 ${orders} 条（${sources}）：${badOrders > 0 ? `${badOrders} 条开具人不符合要求` : ''}${badOrders > 0 && warnOrders > 0 ? '，' : ''}${warnOrders > 0 ? `${warnOrders} 条开具医师已离职` : ''}`,
      '由在岗、执业证书有效的医师复核这些医嘱：停止原医嘱并重新开具；医务人员未登记的，先在“人员与执照”中登记',
      '#/medication?tab=orders',
      evidence,
      problems.length - evidence.length,
    );
  },
});
