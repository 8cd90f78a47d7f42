import dayjs from 'dayjs';
import type { WriteContext } from '../api/context.ts';
import { auditedWrite, type Actor } from '../audit/audited.ts';
import type { Role } from '../shared/roles.ts';
import { composeCreditCode } from '../shared/creditCode.ts';
import { stmt } from '../shared/statements.ts';
import { sha256Of } from '../attachments/queries.ts';
import { ageOn } from '../shared/dates.ts';
import { createAgreement } from '../agreements/create.ts';
import { recordVisit } from '../agreements/recordVisit.ts';
import type { AgreementRow, VisitStaffInput } from '../agreements/schema.ts';
import { sign } from '../signings/sign.ts';
import { closeHomeBed, openHomeBed } from '../agreements/homeBeds.ts';
import { DEMO_USERS } from './accounts.ts';
import { demoAgreementPdf } from './agreementPdf.ts';
import { seededRandom, type Random } from './random.ts';

const actorOf = (db: WriteContext['db'], role: Role): Actor => {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  const id = db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(user.username) as number | undefined;
  return { userId: id ?? null, name: user.displayName, role };
};

const CENTRE = {
  partnerName: '玄武区梅园新村社区卫生服务中心',
  partnerCreditCode: composeCreditCode('12320102466012345'),
  partnerAddress: '江苏省南京市玄武区长江路 302 号',
  partnerContact: '周主任',
  partnerPhone: '025-84412345',
  feeYuan: 0,
  feePayer: 'public' as const,
  feeNote: '基本公共卫生服务和家庭医生签约服务经费支付，诊疗按医保门诊结算',
  homeDuties: '提供不少于 10 平方米的家庭医生工作室，安排护士陪同巡诊，提供老人健康资料并及时通报病情变化。',
  partnerDuties: '每周派家庭医生团队到院坐诊两次、巡诊一次，开展健康管理、健康教育、预防接种，为签约老人每年免费体检一次，开通转诊绿色通道。',
  insurer: '中国人民财产保险股份有限公司南京分公司',
  notes: '',
};

const SERVICES = [
  { id: null, service: 'family_doctor' as const, name: '', way: '家庭医生工作室坐诊', times: 2, per: 'week' as const },
  { id: null, service: 'health_management' as const, name: '', way: '上门巡诊、测血压血糖', times: 1, per: 'week' as const },
  { id: null, service: 'health_education' as const, name: '', way: '集中健康讲座', times: 1, per: 'month' as const },
  { id: null, service: 'prevention' as const, name: '', way: '预防接种、慢病筛查', times: 1, per: 'quarter' as const },
];

const STAFF: readonly VisitStaffInput[] = [
  { name: '陈明', role: '全科医师', licenceNo: '110320100012345' },
  { name: '赵静', role: '全科医师', licenceNo: '110320100023456' },
  { name: '王丽', role: '社区护士', licenceNo: '201932000123456' },
];

const NOTES = ['血压平稳，继续原方案', '诉夜间睡眠差，建议午后减少卧床', '双下肢轻度水肿，嘱抬高下肢，一周后复查', '血糖偏高，调整饮食，下次复测', '咳嗽三天，听诊无啰音，多饮水观察', '情况稳定', '膝关节疼痛，建议康复理疗', ''] as const;

function storeScan(ctx: WriteContext, fileName: string, data: Buffer): number {
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO attachments (file_name, mime, bytes, sha256, created_at, created_by, created_by_name) VALUES (?, 'application/pdf', ?, ?, ?, ?, ?)`,
  ).run(fileName, data.byteLength, sha256Of(data), ctx.now.toISOString(), ctx.actor.userId, ctx.actor.name);
  const id = Number(lastInsertRowid);
  stmt(ctx.db, 'INSERT INTO attachment_blobs (attachment_id, data) VALUES (?, ?)').run(id, data);
  ctx.audit({ entity: 'attachment', entityId: id, summary: `上传附件：${fileName}（PDF，演示扫描件）`, after: { fileName, mime: 'application/pdf', bytes: data.byteLength } });
  return id;
}

interface Stay {
  id: number;
  birth_date: string;
  admission_date: string;
  left_on: string | null;
}

/**
 * The contracted centre of the demo home (issue #10): last year's agreement and the current one (with its signed
 * scan, renewal due within weeks), a year of visits — two family-doctor sessions and one round a week, a talk a
 * month, a screening a quarter — with one month three months ago when the centre came only three times, one
 * unplanned visit before the first agreement, and family-doctor signings just under 济南's 85% of residents
 * aged 65+ (a few lapsed, a few expiring within the month).
 */
export function seedDemoCentre(ctx: WriteContext, seed: number): void {
  const rng = seededRandom(seed);
  const director = actorOf(ctx.db, 'director');
  const nurse = actorOf(ctx.db, 'nurse');
  const doctor = actorOf(ctx.db, 'doctor');
  const today = dayjs(ctx.today);
  const currentStart = today.subtract(11, 'month').startOf('month');
  const previousStart = currentStart.subtract(1, 'year');
  const step = <T>(actor: Actor, at: dayjs.Dayjs, action: string, work: (c: WriteContext) => T): T => auditedWrite(ctx.db, { actor, now: at.toDate(), action }, work);

  const previous = step(director, previousStart.subtract(10, 'day').hour(10), 'agreements.create', (c) =>
    createAgreement(c, {
      ...CENTRE,
      startsOn: previousStart.format('YYYY-MM-DD'),
      endsOn: currentStart.subtract(1, 'day').format('YYYY-MM-DD'),
      services: SERVICES.slice(0, 3),
      policyNo: `PICC-${previousStart.year()}-0871`,
      insuranceExpiresOn: currentStart.subtract(1, 'day').format('YYYY-MM-DD'),
      attachmentId: null,
    }),
  );
  const current = step(director, currentStart.subtract(7, 'day').hour(10), 'agreements.create', (c) => {
    const scan = demoAgreementPdf([
      'Medical service cooperation agreement (demo scan)',
      `Partner: Meiyuan Xincun Community Health Service Centre`,
      `Term: ${currentStart.format('YYYY-MM-DD')} to ${currentStart.add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD')}`,
      'Family-doctor sessions 2 per week; rounds 1 per week; talks 1 per month; screening 1 per quarter.',
      'Signed and sealed by both parties.',
    ]);
    return createAgreement(c, {
      ...CENTRE,
      startsOn: currentStart.format('YYYY-MM-DD'),
      endsOn: currentStart.add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD'),
      services: SERVICES,
      policyNo: `PICC-${currentStart.year()}-1032`,
      // The staff's insurance runs out a little before the agreement: the 总览 reminds the director.
      insuranceExpiresOn: today.add(20, 'day').format('YYYY-MM-DD'),
      attachmentId: storeScan(c, `签约协议（${currentStart.year()}）盖章扫描件.pdf`, scan),
    });
  });

  const stays = ctx.db.prepare(`SELECT id, birth_date, admission_date, left_on FROM residents WHERE deleted_at IS NULL`).all() as Stay[];
  const inResidence = (day: string) => stays.filter((s) => s.admission_date <= day && (s.left_on === null || s.left_on >= day));
  // 家庭病床: one opened two months ago and still open, one opened and closed earlier in the term; the centre sees
  // both residents on every visit while their bed is open (two a week, 南京 000 三（二）).
  const bedFor = stays.filter((s) => s.admission_date <= currentStart.format('YYYY-MM-DD') && s.left_on === null).slice(0, 2);
  const beds: { residentId: number; from: string; to: string }[] = [];
  if (bedFor.length === 2) {
    const openedOn = today.subtract(60, 'day');
    step(doctor, openedOn.hour(8), 'agreements.openHomeBed', (c) =>
      openHomeBed(c, { residentId: bedFor[0]!.id, agreementId: current.id, openedOn: openedOn.format('YYYY-MM-DD'), reason: '脑梗死后遗症，长期卧床，鼻饲', doctor: '陈明' }),
    );
    beds.push({ residentId: bedFor[0]!.id, from: openedOn.format('YYYY-MM-DD'), to: ctx.today });
    const earlierOn = currentStart.add(1, 'month');
    const closedOn = currentStart.add(3, 'month');
    const earlier = step(doctor, earlierOn.hour(8), 'agreements.openHomeBed', (c) =>
      openHomeBed(c, { residentId: bedFor[1]!.id, agreementId: current.id, openedOn: earlierOn.format('YYYY-MM-DD'), reason: '慢性心衰急性加重后康复期', doctor: '赵静' }),
    );
    step(doctor, closedOn.hour(17), 'agreements.closeHomeBed', (c) =>
      closeHomeBed(c, { id: earlier.id, closedOn: closedOn.format('YYYY-MM-DD'), closeReason: '病情稳定，撤床' }),
    );
    beds.push({ residentId: bedFor[1]!.id, from: earlierOn.format('YYYY-MM-DD'), to: closedOn.format('YYYY-MM-DD') });
  }

  const short = today.subtract(3, 'month').format('YYYY-MM');
  const examined = new Set<string>();
  const visit = (agreement: AgreementRow, day: dayjs.Dayjs, services: string[], unplanned = false) => {
    const date = day.format('YYYY-MM-DD');
    const there = inResidence(date);
    const inBed = beds.filter((b) => b.from <= date && b.to >= date).map((b) => b.residentId);
    const seen = [...there.filter((s) => inBed.includes(s.id)), ...pickSome(rng, there.filter((s) => !inBed.includes(s.id)), rng.int(6, 13))];
    const byName = new Map(agreement.services.map((s) => [s.service as string, s.id]));
    const startsAt = day.day() === 2 ? '09:00' : '14:00';
    // Spring rounds: the centre does signed 65+ residents' yearly exam (004 第4条).
    const examSeason = day.month() >= 3 && day.month() <= 4;
    step(nurse, day.hour(day.day() === 2 ? 11 : 16).minute(40), 'agreements.recordVisit', (c) =>
      recordVisit(c, {
        agreementId: agreement.id,
        visitOn: date,
        startsAt,
        endsAt: day.day() === 2 ? '11:30' : '16:30',
        unplanned,
        staff: rng.next() < 0.5 ? [STAFF[0]!, STAFF[2]!] : [STAFF[1]!, STAFF[2]!],
        serviceIds: services.map((s) => byName.get(s)).filter((id): id is number => id !== undefined),
        residents: seen.map((s) => {
          const key = `${s.id}:${day.year()}`;
          const exam = examSeason && ageOn(s.birth_date, date) >= 65 && !examined.has(key) && rng.next() < 0.6;
          if (exam) examined.add(key);
          const systolic = rng.int(112, 168);
          return { residentId: s.id, note: rng.pick(NOTES), systolic, diastolic: rng.int(62, Math.min(98, systolic - 30)), pulse: rng.int(58, 96), annualExam: exam };
        }),
        notes: '',
      }),
    );
  };

  // An unplanned visit before the first agreement: recorded, flagged, not counted.
  visit(previous, previousStart.subtract(12, 'day').day(5), ['family_doctor'], true);
  const from = today.subtract(13, 'month').startOf('week');
  let month = '';
  let nth = 0;
  for (let week = from; week.isBefore(today, 'day'); week = week.add(1, 'week')) {
    for (const weekday of [2, 5]) {
      const day = week.day(weekday);
      if (!day.isBefore(today, 'day')) continue;
      const date = day.format('YYYY-MM-DD');
      const agreement = date >= current.startsOn ? current : date >= previous.startsOn ? previous : null;
      if (!agreement) continue;
      if (day.format('YYYY-MM') !== month) {
        month = day.format('YYYY-MM');
        nth = 0;
      }
      nth++;
      // The short month: the centre's doctor was on secondment; only three visits came.
      if (month === short && nth > 3) continue;
      const services = ['family_doctor'];
      if (weekday === 2) services.push('health_management');
      if (nth === 1) services.push('health_education');
      if (nth === 2 && day.month() % 3 === 1) services.push('prevention');
      visit(agreement, day, services);
    }
  }

  // Family-doctor signings: 65+ residents just under 85% signed, some younger ones too, a few expiring soon.
  const now = inResidence(ctx.today);
  const old = now.filter((s) => ageOn(s.birth_date, ctx.today) >= 65);
  const target = Math.ceil(old.length * 0.85) - 1;
  const toSign = [...pickSome(rng, old, target), ...pickSome(rng, now.filter((s) => ageOn(s.birth_date, ctx.today) < 65), 3)];
  const lapsed = pickSome(rng, old.filter((s) => !toSign.includes(s)), 3);
  toSign.forEach((s, i) => {
    const earliest = dayjs(s.admission_date).isAfter(today.subtract(360, 'day')) ? dayjs(s.admission_date) : today.subtract(360, 'day');
    // The first few expire within the month: the 总览 and the list show them.
    const signedOn = i < 4 ? today.subtract(365 - 5 - i * 5, 'day') : earliest.add(rng.int(0, Math.max(0, today.diff(earliest, 'day') - 1)), 'day');
    const on = signedOn.isBefore(dayjs(s.admission_date)) ? dayjs(s.admission_date) : signedOn;
    step(doctor, on.hour(10), 'signings.sign', (c) =>
      sign(c, {
        residentId: s.id,
        team: rng.next() < 0.5 ? '梅园中心家庭医生第一团队' : '梅园中心家庭医生第二团队',
        doctor: rng.next() < 0.5 ? '陈明' : '赵静',
        signedOn: on.format('YYYY-MM-DD'),
        expiresOn: on.add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD'),
        package: rng.pick(['老年人基础包', '慢病管理包', '老年人基础包']),
      }),
    );
  });
  for (const s of lapsed) {
    const on = dayjs(s.admission_date).isAfter(today.subtract(500, 'day')) ? null : today.subtract(rng.int(380, 480), 'day');
    if (on === null) continue;
    step(doctor, on.hour(10), 'signings.sign', (c) =>
      sign(c, { residentId: s.id, team: '梅园中心家庭医生第一团队', doctor: '陈明', signedOn: on.format('YYYY-MM-DD'), expiresOn: on.add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD'), package: '老年人基础包' }),
    );
  }
}

function pickSome<T>(rng: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}
