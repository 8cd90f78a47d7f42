import type { WriteContext } from '../api/context.ts';
import { addDays } from '../shared/dayMath.ts';
import { findUserByName } from '../users/queries.ts';
import { saveEncounter } from '../encounters/save.ts';
import { encounterInput, type EncounterInput } from '../encounters/schema.ts';
import type { Random } from './random.ts';

interface Resident {
  id: number;
  admitted: string;
  left: string | null;
  floor: number;
  ltc: boolean;
}

const COMPLAINTS: [string, string, { code: string; name: string }[], string][] = [
  ['头晕两天，无视物旋转', '血压 156/92 mmHg，心率 78 次/分', [{ code: 'I10', name: '特发性（原发性）高血压' }], '氨氯地平继服，每日监测血压'],
  ['咳嗽、咳白痰三天', '体温 37.4℃，双肺呼吸音粗，未闻及湿啰音', [{ code: 'J06', name: '多发性和未特指部位的急性上呼吸道感染' }], '多饮水，观察体温'],
  ['空腹血糖偏高', '空腹血糖 8.9 mmol/L', [{ code: 'E11', name: '2型糖尿病' }], '二甲双胍继服，控制饮食'],
  ['大便干结四天', '腹软，无压痛', [{ code: 'K59', name: '其他功能性肠疾患' }], '乳果糖口服，增加饮水和蔬菜'],
  ['骶尾部皮肤发红破损', '骶尾部 2×3 cm 浅表破损，无渗出', [{ code: 'L89', name: '褥疮性溃疡和压力区' }], '压疮换药，每两小时翻身'],
  ['夜间入睡困难', '神志清，情绪稳定', [{ code: 'G47', name: '睡眠障碍' }], '睡眠卫生指导，必要时艾司唑仑'],
  ['双膝疼痛，行走加重', '双膝关节骨摩擦感', [{ code: 'M17', name: '膝关节病' }], '理疗，避免久站'],
  ['尿频、尿急一天', '尿常规白细胞（++）', [{ code: 'N39', name: '泌尿系统的其他疾患' }], '多饮水，送检尿培养'],
  ['跌倒后左额部擦伤', '左额 1 cm 擦伤，神志清，四肢活动可', [{ code: 'S00', name: '头部浅表损伤' }, { code: 'W19', name: '未特指的跌倒' }], '清创换药，24 小时观察'],
];
const ROUND_NOTES = ['精神可，饮食睡眠正常', '诉乏力，测血压 138/80 mmHg', '皮肤完整，无压红', '咳嗽较前减轻', '血糖 7.2 mmol/L，控制尚可'];
const REFERRALS: { kind: 'emergency' | 'outpatient' | 'inpatient'; to: string; reason: string }[] = [
  { kind: 'emergency', to: '南京市鼓楼医院急诊科', reason: '突发胸闷气促，血氧 88%' },
  { kind: 'inpatient', to: '南京市鼓楼医院老年科', reason: '肺部感染，需住院治疗' },
  { kind: 'outpatient', to: '南京市中医院骨科', reason: '膝关节疼痛加重，需专科评估' },
];

/** Demo prices in 元 (each home charges its own): what the demo's fee lines use. */
const PRICE: Record<string, number> = { M001: 6, M002: 30, M006: 12, M007: 15, M008: 20, M016: 8, M025: 0, C002: 30, C003: 15 };
const line = (itemCode: string, name: string, category: 'medical' | 'care', insured: boolean, quantity = 1, unitPrice = PRICE[itemCode] ?? 0) => ({
  itemCode,
  name,
  category,
  insured: category === 'medical' && insured,
  quantity,
  unitPrice,
});

/**
 * A year of the demo clinic's work through the encounters service: visits most days, a weekly bedside round on
 * each floor, some infusions and referrals; fees split into medical items (mostly insured) and care items.
 */
export function seedEncountersDemo(ctx: WriteContext, rng: Random): void {
  const doctor = findUserByName(ctx.db, 'yisheng');
  if (!doctor) return;
  const residents = ctx.db
    .prepare(
      `SELECT r.id, r.admission_date AS admitted, r.left_on AS "left", b.floor, r.payment_type = 'ltci' AS ltc
       FROM residents r JOIN beds b ON b.id = r.bed_id WHERE r.deleted_at IS NULL ORDER BY r.id`,
    )
    .all() as Resident[];
  const presentOn = (date: string) => residents.filter((r) => r.admitted <= date && (r.left === null || r.left >= date));
  const save = (input: Omit<EncounterInput, 'id' | 'doctorId' | 'findings' | 'orders' | 'notes' | 'referral' | 'diagnoses'> & Partial<EncounterInput>) =>
    saveEncounter(ctx, encounterInput.parse({ doctorId: doctor.id, ...input }));
  // Today's records stop at the present hour: nothing is recorded ahead of the clock.
  const nowHour = Number(ctx.now.toTimeString().slice(0, 2));
  const time = (from: number, to: number, date: string) => {
    const last = date === ctx.today ? Math.max(from, Math.min(to, nowHour - 1)) : to;
    return `${String(rng.int(Math.min(from, last), last)).padStart(2, '0')}:${String(rng.int(0, 11) * 5).padStart(2, '0')}`;
  };

  for (let back = 364; back >= 0; back--) {
    const date = addDays(ctx.today, -back);
    const here = presentOn(date);
    if (here.length === 0) continue;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    // Visits: two or three a working day, one at weekends.
    for (let n = weekday === 0 || weekday === 6 ? 1 : rng.int(2, 3); n > 0; n--) {
      const r = rng.pick(here);
      const [complaint, findings, diagnoses, orders] = rng.pick(COMPLAINTS);
      const fees = [line('M001', '诊查费', 'medical', true)];
      if (diagnoses[0]!.code === 'L89') fees.push(line('M008', '压疮换药', 'medical', true));
      if (diagnoses[0]!.code === 'E11') fees.push(line('M016', '血糖监测', 'medical', true));
      if (diagnoses[0]!.code === 'S00') fees.push(line('M007', '换药', 'medical', true));
      if (rng.next() < 0.5) fees.push(line('M025', '药品费', 'medical', rng.next() < 0.8, 1, rng.int(8, 60)));
      const referral = rng.next() < 0.02 ? rng.pick(REFERRALS) : null;
      save({ residentId: r.id, kind: 'visit', date, time: time(8, 16, date), complaint, findings, diagnoses, orders, fees, referral });
    }
    // The weekly bedside round of one floor (Monday 1楼, Tuesday 2楼, Wednesday 3楼): the bedridden and the unwell.
    if (weekday >= 1 && weekday <= 3) {
      const floor = here.filter((r) => r.floor === weekday);
      for (let n = Math.min(floor.length, rng.int(5, 9)); n > 0; n--) {
        const r = floor.splice(rng.int(0, floor.length - 1), 1)[0]!;
        const fees = [line('M001', '诊查费', 'medical', true), line('M002', '上门服务费', 'medical', false)];
        if (r.ltc && rng.next() < 0.3) fees.push(line('C003', '失禁护理', 'care', false));
        else if (rng.next() < 0.15) fees.push(line('C002', '协助洗浴', 'care', false));
        save({ residentId: r.id, kind: 'round', date, time: time(9, 11, date), complaint: rng.pick(ROUND_NOTES), fees });
      }
    }
    // About one infusion a week.
    if (rng.next() < 0.14) {
      const r = rng.pick(here);
      save({
        residentId: r.id,
        kind: 'infusion',
        date,
        time: time(9, 15, date),
        complaint: '进食差、乏力两天',
        findings: '皮肤弹性差，口唇干燥',
        diagnoses: [{ code: 'E86', name: '血容量不足' }],
        orders: '0.9% 氯化钠注射液 500 ml 静脉滴注',
        fees: [line('M006', '静脉输液', 'medical', true), line('M025', '药品费', 'medical', true, 1, rng.int(10, 30))],
      });
    }
  }
}
