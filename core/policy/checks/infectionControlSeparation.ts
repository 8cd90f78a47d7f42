import { CLINIC_LINK, clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';

/**
 * 001 (十五): the clinic applies infection control, and medical and living areas are managed apart — physically
 * separated and set up independently. The separation is what the director records; the registers are shown.
 */
export const infectionControlSeparation = defineCheck({
  rule: 'infectionControlSeparation',
  domain: 'medical',
  run(v, home) {
    if (!v) return [result('not_applicable', '本地区无此规定。')];
    const clinic = clinicOf(home);
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    const i = home.infection;
    const registers =
      i === null
        ? ''
        : `；最近一次消毒登记：${i.lastDisinfection ?? '无'}${i.openCases > 0 ? `；尚有 ${i.openCases} 例感染病例未结案` : ''}`;
    if (!clinic.areasSeparated) {
      return [result('violation', `未登记医疗区与生活区分区设置${registers}。`, '医疗区与生活区须分区管理、物理隔离、独立设置：落实后在“医务室信息”中登记分区情况。', CLINIC_LINK)];
    }
    return [result('ok', `医疗区与生活区已分区设置${clinic.separationNote ? `（${clinic.separationNote}）` : ''}${registers}。`)];
  },
});
