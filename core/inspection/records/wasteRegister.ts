import { addDays } from '../../shared/dayMath.ts';
import { clinicProfile } from '../../clinic/queries.ts';
import { lastEncounterDay } from '../../encounters/queries.ts';
import { lastWasteEntry, wasteHeldTooLong } from '../../infection/queries.ts';
import { WASTE_KINDS } from '../../infection/schema.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome } from '../define.ts';
import { ruleOf } from '../profileValues.ts';

/** The register is current when its last entry is no older than the storage limit counted back from the clinic's last day at work. */
export function wasteRegisterCurrent(lastEntry: string, lastWorkDay: string, maxDays: number): boolean {
  return lastEntry >= addDays(lastWorkDay, -maxDays);
}

/**
 * 卫健: the medical-waste register is kept up to date. Waste may be stored at most the profile's medicalWasteStorage
 * days (医疗废物管理条例 第十七条), so a clinic at work makes an entry at least that often: the last entry may be at most
 * that many days before the last day the clinic recorded an encounter (or today, when it recorded none), and nothing
 * may still be held past the limit.
 */
export const wasteRegister = defineRecordCheck({
  key: 'wasteRegister',
  label: '医疗废物登记及时、无超期贮存',
  authority: '卫健',
  basis: '《医疗废物管理条例》第十七条（暂时贮存不超过规定天数）；医疗废物登记保存 3 年（参考资料 §4.3）；参考资料 §6.2 卫健：医疗废物登记',
  gather(db, env) {
    const limit = ruleOf(env.profile, 'medicalWasteStorage');
    const maxDays = limit?.value.maxStorageDays ?? null;
    return {
      hasClinic: clinicProfile(db)?.type != null,
      limit,
      last: lastWasteEntry(db, env.today),
      lastWorkDay: lastEncounterDay(db, env.today),
      held: maxDays === null ? [] : wasteHeldTooLong(db, env.today, maxDays),
    };
  },
  judge(f, env) {
    if (!f.hasClinic && f.last === null) return outcome('na', '本机构未登记内设医疗机构，没有医疗废物登记');
    if (f.limit === null) return outcome('unknown', '本地区的规定中没有医疗废物暂存天数，无法判断登记是否及时', '请向主管部门确认暂存天数');
    const extra = { unverified: f.limit.unverified, note: f.limit.note };
    const maxDays = f.limit.value.maxStorageDays;
    const rule = `暂存不超过 ${maxDays} 天（${f.limit.cite}）`;
    if (f.last === null)
      return { ...outcome('fail', `医疗废物登记中没有任何记录（${rule}）`, '每次产生医疗废物都在“感染控制”中登记，交接时记录转移联单', '#/clinic/waste?tab=waste'), ...extra };
    const workDay = f.lastWorkDay ?? env.today;
    const current = wasteRegisterCurrent(f.last.producedOn, workDay, maxDays);
    const evidence = f.held.slice(0, EVIDENCE_LIMIT).map((w) => ({
      text: `${w.producedOn} ${WASTE_KINDS[w.kind]} ${w.packages} 包：已暂存 ${w.days} 天，尚未交接`,
      link: `#/clinic/waste?tab=waste&id=${w.id}`,
    }));
    const lastWords = `最近一次登记 ${f.last.producedOn}${f.lastWorkDay ? `，医务室最近一次诊疗 ${f.lastWorkDay}` : ''}`;
    if (!current) evidence.unshift({ text: `最近一次登记：${f.last.producedOn} ${WASTE_KINDS[f.last.kind]} ${f.last.packages} 包`, link: `#/clinic/waste?tab=waste&id=${f.last.id}` });
    if (current && f.held.length === 0) return { ...outcome('pass', `${lastWords}；没有超期暂存的医疗废物（${rule}）`), ...extra };
    const problems = [!current && `登记已中断：${lastWords}，超过 ${maxDays} 天没有登记`, f.held.length > 0 && `${f.held.length} 批医疗废物超期暂存`].filter(Boolean);
    return {
      ...outcome(
        'fail',
        `${problems.join('；')}（${rule}）`,
        [!current && '补登这几天产生的医疗废物', f.held.length > 0 && '联系医疗废物处置单位交接超期暂存的医疗废物并登记转移联单'].filter(Boolean).join('；'),
        '#/clinic/waste?tab=waste',
        evidence,
        f.held.length - (evidence.length - (current ? 0 : 1)),
      ),
      ...extra,
    };
  },
});
