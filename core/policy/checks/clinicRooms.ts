import { ROOM_KINDS } from '../schema.ts';
import { CLINIC_LINK, clinicOf, defineCheck, NO_CLINIC, result, type CheckResult } from './define.ts';

/** The rooms of the clinic's type and their least area (国卫医发〔2014〕57号: 治疗室、处置室 ≥10 m², 观察室 ≥15 m²). */
export const clinicRooms = defineCheck({
  rule: 'clinicRooms',
  domain: 'medical',
  run(v, home) {
    const clinic = clinicOf(home);
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    const spec = v.byType[clinic.type];
    if (!spec) return [result('not_applicable', `本地区配置未收录${clinic.type}的房屋标准。`, `请对照${clinic.type}的基本标准自行核对。`)];
    const problems: CheckResult[] = [];
    const seen: string[] = [];
    for (const need of spec) {
      const name = ROOM_KINDS[need.room];
      const rooms = home.rooms.filter((r) => r.kind === need.room);
      if (rooms.length === 0) {
        if (need.required) problems.push(result('violation', `${clinic.type}应设${name}（不少于 ${need.minAreaM2} 平方米），未登记。`, `设置${name}后在“医务室信息”的“房间”中登记其面积。`, `${CLINIC_LINK}?tab=rooms`));
        continue;
      }
      for (const r of rooms) {
        if (r.areaM2 < need.minAreaM2) {
          problems.push(
            result(
              'violation',
              `${name}“${r.name}”面积 ${r.areaM2} 平方米，不足 ${need.minAreaM2} 平方米。`,
              `调整${name}使面积不少于 ${need.minAreaM2} 平方米；如登记有误，请更正面积。`,
              `${CLINIC_LINK}?tab=rooms&room=${r.id}`,
            ),
          );
        } else seen.push(`${name} ${r.areaM2} 平方米`);
      }
    }
    if (problems.length > 0) return problems;
    return [result('ok', `${clinic.type}的房间：${seen.join('，')}。`)];
  },
});
