import { addDays, daysBetween } from '../../shared/dayMath.ts';
import { clinicProfile } from '../../clinic/queries.ts';
import { infectionFacts, lastDisinfection, listCases } from '../../infection/queries.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome } from '../define.ts';
import { parameterOf } from '../profileValues.ts';

/**
 * 卫健: the disinfection log is current — an entry within the profile's disinfectionDays (the reference names no
 * interval: inspectionWindows is this app's choice, 待核实) — and open infection cases are listed for the inspector.
 */
export const disinfectionLog = defineRecordCheck({
  key: 'disinfectionLog',
  label: '消毒与感染控制记录持续登记',
  authority: '卫健',
  basis: '001 (十五)（内设医疗机构严格执行传染病防控和医疗机构感染防控要求）；参考资料 §4.3、§6.2 卫健：消毒与感染控制记录',
  gather(db, env) {
    const facts = infectionFacts(db);
    return {
      hasClinic: clinicProfile(db)?.type != null,
      windows: parameterOf(env.profile, 'inspectionWindows'),
      last: lastDisinfection(db, env.today),
      openCases: facts && facts.openCases > 0 ? listCases(db, env.today).filter((c) => c.closedOn === null) : [],
    };
  },
  judge(f, env) {
    const extra = { unverified: f.windows.unverified, note: f.windows.note };
    if (!f.hasClinic && f.last === null) return { ...outcome('na', '本机构未登记内设医疗机构，没有消毒记录'), ...extra };
    const days = f.windows.value.disinfectionDays;
    const since = addDays(env.today, -days);
    const cases = f.openCases.slice(0, EVIDENCE_LIMIT).map((c) => ({ text: `${c.bedLabel} ${c.residentName}：${c.infection}，${c.onsetOn} 发病，尚未结案`, link: `#/clinic/waste?tab=cases&id=${c.id}` }));
    const caseWords = f.openCases.length > 0 ? `；未结案的感染病例 ${f.openCases.length} 例` : '';
    if (f.last === null)
      return { ...outcome('fail', `消毒记录中没有任何登记${caseWords}`, '每次消毒后在“感染控制”的消毒记录中登记区域、方法和消毒剂', '#/clinic/waste?tab=disinfection', cases), ...extra };
    if (f.last.date >= since)
      return { ...outcome('pass', `最近一次消毒登记 ${f.last.date}（${f.last.area}），在 ${days} 天以内${caseWords}`, '', null, cases, f.openCases.length - cases.length), ...extra };
    return {
      ...outcome(
        'fail',
        `最近一次消毒登记 ${f.last.date}（${f.last.area}），已 ${daysBetween(f.last.date, env.today)} 天没有登记（要求 ${days} 天内有登记）${caseWords}`,
        '按消毒制度补做并登记消毒（区域、方法、消毒剂、执行人）',
        '#/clinic/waste?tab=disinfection',
        [{ text: `最近一次：${f.last.date} ${f.last.area} ${f.last.method}`, link: '#/clinic/waste?tab=disinfection' }, ...cases],
        f.openCases.length - cases.length,
      ),
      ...extra,
    };
  },
});
