import { ASSESSORS } from '../../assessments/access.ts';
import { abilityDueBy } from '../../assessments/queries.ts';
import { defineDeadlineSource } from '../define.ts';

/**
 * 能力评估到期: a resident's ability assessment (GB/T 42195) due by its next date — the profile's reassessment interval
 * (abilityReassessment), counted from the latest one when it was saved — or never done (due on admission). Nurses and
 * doctors assess; the director oversees.
 */
export const abilityAssessmentDue = defineDeadlineSource({
  key: 'ability',
  roles: ASSESSORS,
  read: (db, _today, horizon) =>
    abilityDueBy(db, horizon).map((r) => ({
      id: r.residentId,
      kind: '能力评估',
      due: r.dueOn,
      title: `${r.bedLabel} 床 ${r.name}`,
      todo: r.lastOn === null ? '尚未做老年人能力评估：做首次评估' : `上次评估 ${r.lastOn}，按期做常规复评`,
      link: `/residents/${r.residentId}/record`,
    })),
});
