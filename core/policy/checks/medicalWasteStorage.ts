import { defineCheck, result } from './define.ts';

/** Medical waste is stored at most so many days before it is handed over (医疗废物管理条例 第十七条: 2). */
export const medicalWasteStorage = defineCheck({
  rule: 'medicalWasteStorage',
  domain: 'medical',
  run(v, home) {
    const w = home.waste;
    if (w === null) return [result('missing_data', '本软件尚未记录医疗废物交接。', `医疗废物暂时贮存不得超过 ${v.maxStorageDays} 天。`)];
    if (w.overdue.length === 0) {
      return [result('ok', `${w.since} 以来登记医疗废物 ${w.entries} 批，均在 ${v.maxStorageDays} 天内交接。`)];
    }
    return w.overdue.slice(0, 5).map((e) =>
      result(
        'violation',
        e.handedOverOn
          ? `${e.producedOn} 产生的${e.kind}废物于 ${e.handedOverOn} 交接，贮存 ${e.days} 天，超过 ${v.maxStorageDays} 天。`
          : `${e.producedOn} 产生的${e.kind}废物至今未交接，已贮存 ${e.days} 天，超过 ${v.maxStorageDays} 天。`,
        e.handedOverOn ? '请改进交接安排，确保按时交处置单位。' : '请立即交处置单位，并登记交接。',
        `#/clinic/waste?id=${e.id}`,
      ),
    );
  },
});
