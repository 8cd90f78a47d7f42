import { CLINIC_LINK, clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';

/** 004 第3条 (Changning): intravenous infusion is given in an 输液室. Infusions of the last 90 days without one are a violation. */
export const infusionRoom = defineCheck({
  rule: 'infusionRoom',
  domain: 'medical',
  run(v, home) {
    if (!v) return [result('not_applicable', '本地区无此规定。')];
    const clinic = clinicOf(home);
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    const room = home.rooms.find((r) => r.kind === 'infusion');
    if (room) return [result('ok', `已设输液室“${room.name}”（${room.areaM2} 平方米）。`)];
    const e = home.encounters;
    if (e === null) return [result('missing_data', '未登记输液室；本软件尚未记录诊疗（含输液）情况。', '静脉输液只能在输液室进行。')];
    if (e.infusions === 0) return [result('ok', `未登记输液室；${e.infusionsSince} 以来没有静脉输液记录（未设输液室不得开展静脉输液）。`)];
    return [
      result(
        'violation',
        `未登记输液室，但 ${e.infusionsSince} 以来有静脉输液 ${e.infusions} 次（最近一次 ${e.lastInfusion!.date}，${e.lastInfusion!.resident}）。`,
        '静脉输液只能在输液室进行：请设置输液室并在“医务室信息”中登记；未设之前停止输液。',
        `${CLINIC_LINK}?tab=rooms`,
      ),
    ];
  },
});
