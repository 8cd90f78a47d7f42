import { defineCheck, result } from './define.ts';

/** An expired drug counts as 劣药 (药品管理法 第九十八条): none may be kept in stock for use. */
export const noExpiredDrugs = defineCheck({
  rule: 'noExpiredDrugs',
  domain: 'medical',
  run(v, home) {
    if (!v) return [result('not_applicable', '本地区无此规定。')];
    const s = home.stock;
    if (s === null) return [result('missing_data', '本软件尚未记录药品库存。', '过期药品不得存放使用，应登记后销毁。')];
    if (s.expired.length === 0) return [result('ok', `在库批号 ${s.batchesInStock} 个，均在有效期内。`)];
    return s.expired.map((b) =>
      result(
        'violation',
        `${b.drug} 批号 ${b.batchNo} 已于 ${b.expiresOn} 过期，库存仍有 ${b.remaining} ${b.unit}。`,
        '过期药品不得使用：请移出药房并在“药品库存”中登记报损。',
        `#/stock?drug=${b.drugId}`,
      ),
    );
  },
});
