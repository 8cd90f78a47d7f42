import { z, entityId } from '../shared/fields.ts';
import { stmt } from '../shared/statements.ts';
import { ageOn } from '../shared/dates.ts';
import { invalid } from '../shared/errors.ts';
import { defineFiling, filingHeader } from '../filings/define.ts';
import { requireResident } from '../residents/queries.ts';
import { bedLabel } from '../beds/schema.ts';
import { ASSESSMENT_PRINTERS } from './access.ts';
import { requireAssessment } from './rows.ts';
import { SCALES } from './scales/index.ts';
import { ASSESSMENT_REASONS } from './scales/gbt42195.data.ts';
import { SCALE_LABELS } from './schema.ts';
import type { Reading } from './scales/types.ts';

/** One assessment as printed for the file; without --id, the latest ability assessment of the home (the demo's example). */
export const assessmentFilingInput = z.object({ id: entityId('评估记录').optional() }).strict();

export interface AssessmentFilingPart {
  label: string;
  score: number;
  max: number;
  items: { code: string; label: string; answer: string; points: number }[];
}

/**
 * 评估记录: the items and points by domain, domain totals and total, the preliminary and final level with every
 * reason, the assessors, the reason for assessing, and the readings of the reference's open questions it applied
 * (each with its source and 待核实 where unverified).
 */
export const assessmentFiling = defineFiling({
  kind: 'assessment',
  title: '评估记录',
  layout: 'sheet',
  input: assessmentFilingInput,
  access: ASSESSMENT_PRINTERS,
  cli: [{ flag: 'id', field: 'id', type: 'int', help: '评估记录编号（不填：最近一次老年人能力评估）' }],
  example: [],
  describe: (input) => (input.id ? `评估记录 #${input.id}` : '最近一次老年人能力评估'),
  build(ctx, input) {
    const id =
      input.id ??
      stmt<{ id: number }>(ctx.db, `SELECT id FROM assessments WHERE scale = 'gbt42195' AND deleted_at IS NULL ORDER BY assessed_on DESC, id DESC LIMIT 1`).get()?.id;
    if (id === undefined) throw invalid('还没有老年人能力评估记录可打印', 'id');
    const a = requireAssessment(ctx.db, id);
    if (a.scale === 'external' || !a.result) throw invalid('外部评估只有等级，没有逐项评分，请在健康档案中查看', 'id');
    const r = requireResident(ctx.db, a.residentId);
    const def = SCALES[a.scale];
    const result = a.result;
    const parts: AssessmentFilingPart[] = def.parts.map((p) => {
      const score = result.parts.find((x) => x.code === p.code);
      return {
        label: p.label,
        score: score?.score ?? 0,
        max: score?.max ?? 0,
        items: p.items.map((item) => {
          const got = result.items.find((x) => x.code === item.code);
          return { code: item.code, label: item.label, answer: got?.optionLabel ?? '', points: got?.points ?? 0 };
        }),
      };
    });
    const title = SCALE_LABELS[a.scale];
    return {
      ...filingHeader(ctx, `评估记录（${title}）`, `${r.name}（${bedLabel(r.room, r.bed_no)} 床），评估日期 ${a.assessedOn}`),
      resident: { name: r.name, sex: r.sex, age: ageOn(r.birth_date, a.assessedOn), bed: bedLabel(r.room, r.bed_no), admissionDate: r.admission_date },
      scaleName: def.name,
      version: a.version,
      source: def.source,
      assessedOn: a.assessedOn,
      reason: a.reason ? (ASSESSMENT_REASONS[a.reason as keyof typeof ASSESSMENT_REASONS] ?? a.reason) : '',
      assessors: a.assessors,
      parts,
      total: result.total,
      max: result.max,
      preliminary: result.preliminary?.label ?? null,
      level: result.level.label,
      reasons: result.reasons,
      followUp: result.followUp,
      readings: result.readings as Reading[],
      nextDueOn: a.nextDueOn,
      notes: a.notes,
      lateReason: a.lateReason,
      deleted: a.deletedAt ? `本记录已于 ${a.deletedAt.slice(0, 10)} 删除（${a.deletedReason}）` : null,
    };
  },
});
