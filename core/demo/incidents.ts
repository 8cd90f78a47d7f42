import dayjs from 'dayjs';
import type { WriteContext } from '../api/context.ts';
import { auditedWrite, type Actor } from '../audit/audited.ts';
import type { Role } from '../shared/roles.ts';
import { reportIncident } from '../incidents/report.ts';
import { closeFollowUp, notifyFamily } from '../incidents/followThrough.ts';
import type { IncidentKind, Injury } from '../incidents/schema.ts';
import { DEMO_USERS } from './accounts.ts';
import { seededRandom } from './random.ts';

/**
 * A year of incidents for the demo home (issue #12's register): mostly falls, as in every home, a choking, a
 * wandering, a scald, a medication error. Each is reported by the caregiver who was there, the family told by
 * the nurse within the hour and the follow-up closed a week later — except the most recent ones: one family
 * not yet told and two follow-ups still open, so 意外事件 has something to do on the first day.
 */
interface Story {
  kind: IncidentKind;
  place: string;
  description: string;
  injury: Injury;
  actions: string;
  followUp: string;
}

const STORIES: readonly Story[] = [
  { kind: 'fall', place: '房间卫生间', description: '夜间自行如厕，起身时滑倒，护理员巡房时发现坐于地面。', injury: 'minor', actions: '医生查体，右膝擦伤消毒包扎，生命体征平稳。', followUp: '卫生间加铺防滑垫，夜间如厕改为呼叫协助；一周后复查无不适。' },
  { kind: 'fall', place: '走廊扶手旁', description: '饭后自行散步，转身时失去平衡跌倒，左手撑地。', injury: 'moderate', actions: '医生查体，左腕肿痛，联系家属后送医拍片，未见骨折。', followUp: '加强步态训练，外出活动由护理员陪同；两周后左腕消肿。' },
  { kind: 'bed_fall', place: '床旁', description: '凌晨翻身时从床上滑落，床栏未拉起。', injury: 'minor', actions: '扶回床上，医生查体，额部轻微红肿，冰敷。', followUp: '睡前检查床栏拉起，交接班核对；此后未再发生。' },
  { kind: 'choking', place: '二楼餐厅', description: '进食馒头时呛咳，面色发红，不能说话。', injury: 'none', actions: '护理员立即海姆立克急救，异物咳出，医生查看后无异常。', followUp: '改为软食，进餐时专人看护，进食速度放慢。' },
  { kind: 'wandering', place: '一楼大门', description: '午后独自走出大门，门卫发现后劝回，离开约十分钟。', injury: 'none', actions: '护理员陪同回房，测量生命体征正常，安抚情绪。', followUp: '佩戴定位手环，门禁加装提醒，家属同意。' },
  { kind: 'scald', place: '茶水间', description: '自行接开水时水杯倾倒，右手背烫红。', injury: 'minor', actions: '立即冷水冲洗 15 分钟，医生涂烫伤膏。', followUp: '茶水间开水由护理员代接，热水器加装童锁。' },
  { kind: 'medication_error', place: '护士站', description: '发药时将晚间降压药提前在午间发给老人服用。', injury: 'none', actions: '医生评估，监测血压每小时一次，未见低血压。', followUp: '发药执行双人核对，药盒按时段分色。' },
  { kind: 'fall', place: '康复活动室', description: '康复训练后起立时腿软跌坐在地。', injury: 'none', actions: '康复师扶起，医生查体无外伤。', followUp: '训练强度下调，训练后休息十分钟再起身。' },
  { kind: 'wrong_intake', place: '房间', description: '误将同室老人的钙片服下一片。', injury: 'none', actions: '医生评估无需处理，观察 24 小时。', followUp: '个人药品统一交护士站保管。' },
  { kind: 'fall', place: '浴室', description: '洗澡时从洗澡椅滑下，臀部着地。', injury: 'moderate', actions: '医生查体，臀部疼痛，送医拍片排除骨折，开具止痛药。', followUp: '洗澡改为两人协助，浴室加装扶手。' },
  { kind: 'pressure_injury', place: '房间', description: '翻身时发现骶尾部皮肤发红，压之不褪色，为Ⅰ期压力性损伤。', injury: 'minor', actions: '医生查看，使用减压床垫，每两小时翻身。', followUp: '翻身记录每班检查，一周后皮肤恢复正常。' },
  { kind: 'fall', place: '房间', description: '起夜时未开灯，被拖鞋绊倒，右肘着地。', injury: 'minor', actions: '医生查体，右肘擦伤消毒包扎。', followUp: '安装夜灯，拖鞋换为防滑鞋。' },
  { kind: 'activity', place: '多功能厅', description: '参加手工活动时被剪刀划伤左手食指。', injury: 'minor', actions: '医生清创包扎。', followUp: '手工活动改用圆头剪刀。' },
  { kind: 'fall', place: '房间', description: '从轮椅转移到床上时滑落，护理员扶住，膝部着地。', injury: 'minor', actions: '医生查体，右膝轻微红肿，冰敷。', followUp: '' },
];

const actorOf = (db: WriteContext['db'], role: Role): Actor => {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  const id = db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(user.username) as number | undefined;
  return { userId: id ?? null, name: user.displayName, role };
};

/** Writes each step as the person who did it, at the time they did it, each with its own audit row. */
export function seedDemoIncidents(ctx: WriteContext, seed: number): void {
  const rng = seededRandom(seed);
  const caregiver = actorOf(ctx.db, 'caregiver');
  const nurse = actorOf(ctx.db, 'nurse');
  const today = dayjs(ctx.today);
  const residents = ctx.db
    .prepare(`SELECT id, name, admission_date FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL AND admission_date < ? ORDER BY id`)
    .all(ctx.today) as { id: number; name: string; admission_date: string }[];
  const step = <T>(actor: Actor, at: dayjs.Dayjs, action: string, work: (c: WriteContext) => T): T =>
    auditedWrite(ctx.db, { actor, now: at.toDate(), action }, work);
  STORIES.forEach((story, i) => {
    // Spread over the past year, oldest first; the last three are the recent ones still being followed up.
    const recent = STORIES.length - 1 - i;
    const daysAgo = recent === 0 ? 1 : recent === 1 ? 4 : recent === 2 ? 9 : Math.round(((STORIES.length - i) / STORIES.length) * 350) + rng.int(0, 10);
    const occurred = today.subtract(daysAgo, 'day').hour(rng.int(6, 21)).minute(rng.pick([5, 10, 20, 30, 40, 50]));
    const there = residents.filter((r) => r.admission_date <= occurred.format('YYYY-MM-DD'));
    if (there.length === 0) return;
    const resident = there[rng.int(0, there.length - 1)]!;
    const reported = step(caregiver, occurred.add(25, 'minute'), 'incidents.report', (c) =>
      reportIncident(c, {
        residentId: resident.id,
        kind: story.kind,
        occurredAt: occurred.format('YYYY-MM-DDTHH:mm'),
        place: story.place,
        witnesses: rng.next() < 0.5 ? `护理员 ${caregiver.name}` : '',
        description: story.description,
        injury: story.injury,
        actions: story.actions,
        familyNotifiedAt: null,
        familyNotifiedWhom: '',
        followUp: '',
        lateReason: '',
      }),
    );
    // The newest: the family has not been reached yet.
    if (recent > 0) {
      const told = occurred.add(rng.int(30, 90), 'minute');
      step(nurse, told, 'incidents.notifyFamily', (c) =>
        notifyFamily(c, { id: reported.id, familyNotifiedAt: told.format('YYYY-MM-DDTHH:mm'), familyNotifiedWhom: rng.pick(['儿子（电话）', '女儿（电话）', '配偶（当面）', '侄子（电话）']) }),
      );
    }
    if (recent > 2) {
      const closed = occurred.add(7, 'day').hour(10);
      step(nurse, closed, 'incidents.closeFollowUp', (c) => closeFollowUp(c, { id: reported.id, closedOn: closed.format('YYYY-MM-DD'), followUp: story.followUp }));
    }
  });
}
