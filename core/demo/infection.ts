import type { WriteContext } from '../api/context.ts';
import { addDays } from '../shared/dayMath.ts';
import { findUserByName } from '../users/queries.ts';
import { closeCase, handOver, recordDisinfection, recordWaste, saveCase } from '../infection/registers.ts';
import { caseInput, disinfectionInput, wasteInput } from '../infection/schema.ts';
import type { Random } from './random.ts';

const AREAS: [string, string, string][] = [
  ['医务室治疗室', '紫外线灯照射', '30 分钟'],
  ['一楼走廊及扶手', '擦拭', '含氯消毒剂 500mg/L'],
  ['二楼走廊及扶手', '擦拭', '含氯消毒剂 500mg/L'],
  ['餐厅', '擦拭、拖地', '含氯消毒剂 500mg/L'],
];
const RECEIVER = '南京汇和环境工程技术有限公司';

/**
 * The demo's infection-control registers through their services: two months of daily disinfection, medical waste
 * collected every other day and handed over the next day against the disposal company's 转移联单 (today's still
 * stored, within the limit), a closed norovirus case and an open influenza case in droplet isolation.
 */
export function seedInfectionDemo(ctx: WriteContext, rng: Random): void {
  const nurseUser = findUserByName(ctx.db, 'hushi');
  const carer = findUserByName(ctx.db, 'huliyuan');
  if (!nurseUser || !carer) return;
  const nurse: WriteContext = { ...ctx, actor: { userId: nurseUser.id, name: nurseUser.display_name, role: nurseUser.role } };
  const today = ctx.today;
  for (let back = 60; back >= 0; back--) {
    const date = addDays(today, -back);
    for (const [area, method, agent] of [AREAS[0]!, AREAS[1 + (back % 3)]!]) {
      recordDisinfection(nurse, disinfectionInput.parse({ date, area, method, agent, byName: area.startsWith('医务室') ? nurseUser.display_name : carer.display_name }));
    }
    if (back % 2 === 0) {
      const w = recordWaste(nurse, wasteInput.parse({ producedOn: date, kind: 'infectious', weightKg: rng.int(80, 260) / 100, packages: rng.int(1, 3), packedBy: nurseUser.display_name }));
      const sharps = back % 6 === 0 ? recordWaste(nurse, wasteInput.parse({ producedOn: date, kind: 'sharps', weightKg: rng.int(10, 40) / 100, packages: 1, packedBy: nurseUser.display_name })) : null;
      if (back > 0) {
        handOver(nurse, {
          ids: sharps ? [w.id, sharps.id] : [w.id],
          handedOverOn: addDays(date, 1),
          receiver: RECEIVER,
          manifestNo: `JS${addDays(date, 1).replaceAll('-', '')}-${String(rng.int(1, 99)).padStart(2, '0')}`,
          handedBy: nurseUser.display_name,
          receivedBy: rng.pick(['李强', '周伟']),
        });
      }
    }
  }
  const residents = ctx.db.prepare('SELECT id FROM residents WHERE deleted_at IS NULL AND left_on IS NULL ORDER BY id').pluck().all() as number[];
  if (residents.length < 2) return;
  const closed = saveCase(
    nurse,
    caseInput.parse({ residentId: residents[3]!, onsetOn: addDays(today, -40), infection: '诺如病毒感染性腹泻', pathogen: '诺如病毒', isolation: 'contact', isolatedFrom: addDays(today, -40), reportedTo: '已报玄武区疾控中心' }),
  );
  closeCase(nurse, { id: closed.id, closedOn: addDays(today, -33), outcome: '痊愈' });
  saveCase(
    nurse,
    caseInput.parse({ residentId: residents[10]!, onsetOn: addDays(today, -2), infection: '流行性感冒', pathogen: '甲型流感病毒', isolation: 'droplet', isolatedFrom: addDays(today, -2), notes: '单间隔离，专人护理' }),
  );
}
