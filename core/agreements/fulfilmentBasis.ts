/**
 * How 服务到位 counts what was owed in a period the agreement covers only in part (its first and last weeks,
 * months, quarters). The reference leaves it open; the choice is this data, printed on the page and in the
 * 履约情况 report so a supervisor reads how the app counted.
 *
 * Chosen: pro-rate by days and owe only whole visits. A weekly promise owes times × covered days / 7 in a
 * period; a monthly one times × covered days / days of that month (quarterly and yearly alike); the sum is
 * rounded down, so a part-period never owes a visit the centre had no full period to make. The other reading
 * (count whole periods only) would owe nothing for a 20-day first month of a weekly promise, which hides gaps.
 */
export const FULFILMENT_BASIS = {
  partialPeriods: 'prorate-floor' as const,
  text:
    '约定次数按协议期内的天数折算：每周约定的按“次数 × 覆盖天数 ÷ 7”、每月（季、年）约定的按“次数 × 覆盖天数 ÷ 当月（季、年）天数”计算，' +
    '合计后向下取整，协议开始或结束所在的不完整周期同样折算；周按 ISO 周（周一至周日，跨年的周归入其周四所在年份）。' +
    '只统计协议期内的来访；协议期外的临时来访单列，不计入履约。统计截至今日，未到的日子不计应到次数。',
  minimumText: '政策最低频次按来访次数计（每次到院算一次，不论提供几项服务），同样按天数折算后向下取整。',
};

/** Per agreed service, the times owed are judged only by periods at least as long as its unit (a monthly promise is not judged by the week). */
export const UNIT_LABEL = { week: '每周', month: '每月', quarter: '每季度', year: '每年' } as const;
