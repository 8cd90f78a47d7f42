import { itemMax, resolveAnswers, sumOf } from './answers.ts';
import {
  ABILITY_DIAGNOSES,
  ABILITY_LEVELS,
  GBT42195,
  RISK_EVENTS,
  type AbilityDiagnosis,
  type RiskEventType,
} from './gbt42195.data.ts';
import { reading, type AbilityLevelChange, type RuleValue } from './rules.ts';
import { RISKS, type Answers, type PartScore, type ScoreResult } from './types.ts';

/** What the change rules of C.4 look at, from appendix A (reference §1.5). */
export interface AbilityContext {
  /** A.5.11 昏迷. */
  coma: boolean;
  /** A.4.1 疾病诊断 (codes of ABILITY_DIAGNOSES). */
  diagnoses: readonly AbilityDiagnosis[];
  /** A.2.14 近30天内照护风险事件 per type: 0, 1, 2 or 3 (= 3次及以上). */
  riskEvents: Partial<Record<RiskEventType, number>>;
}

export const levelFromTotal = (total: number) => ABILITY_LEVELS.find((l) => total >= l.min && total <= l.max)!;
const levelAt = (index: number) => ABILITY_LEVELS[Math.min(4, index)]!;

const range = (l: (typeof ABILITY_LEVELS)[number]) => (l.min === l.max ? `${l.min} 分` : `${l.min}～${l.max} 分`);

/**
 * Scores GB/T 42195-2022: the 26 items into four domain totals and a total (0–90), the preliminary level of C.3, then
 * the change rules of C.4 (reference §1.4): R1 昏迷 → 能力完全丧失 whatever the total; R2 痴呆 F00–F03 or another
 * mental disorder F04–F99 → one level worse; R3 ≥2 照护风险事件 in 30 days → one level worse; never worse than 完全丧失.
 * Whether R2 and R3 together raise once or twice (§8 Q1) and how events are counted (§8 Q2) are the region's
 * `abilityLevelChange`; both readings are printed with every result.
 */
export function scoreAbility(answers: Answers, context: AbilityContext, rule: RuleValue<AbilityLevelChange>): ScoreResult {
  const items = resolveAnswers(GBT42195, answers);
  const parts: PartScore[] = GBT42195.parts.map((p) => ({
    code: p.code,
    label: p.label,
    score: sumOf(items, p.items.map((i) => i.code)),
    max: p.items.reduce((s, i) => s + itemMax(i), 0),
  }));
  const total = parts.reduce((s, p) => s + p.score, 0);
  const prelim = levelFromTotal(total);
  const reasons = [
    `总分 ${total} 分（${parts.map((p) => `${p.label} ${p.score}/${p.max}`).join('，')}）→ 初步等级：${prelim.full}（${range(prelim)}，附录C C.3）`,
  ];
  const { value } = rule;

  const comaByItem = items.find((i) => i.code === 'B.3.9')?.optionCode === 'coma';
  let final = prelim;
  if (context.coma || comaByItem) {
    const evidence = [context.coma ? 'A.5.11 昏迷：有' : null, comaByItem ? 'B.3.9 意识水平：昏迷' : null].filter(Boolean).join('；');
    final = levelAt(4);
    reasons.push(`处于昏迷状态（${evidence}）→ 直接评定为${final.full}，不论总分（C.4）；意识状态改变后应重新全面评估`);
  } else {
    const r2 = context.diagnoses.filter((d) => d === 'dementia' || d === 'mental');
    const events = countEvents(context.riskEvents, value);
    const triggered = [r2.length > 0, events.triggered].filter(Boolean).length;
    if (r2.length > 0) reasons.push(`确诊为${r2.map((d) => ABILITY_DIAGNOSES[d]).join('、')}（A.4.1）→ 提高一个等级（C.4）`);
    if (events.triggered) reasons.push(`${events.text} → 提高一个等级（C.4）`);
    else if (events.total > 0) reasons.push(`${events.text}，未达 ${value.riskEventThreshold} 次，不因此变更等级`);
    const raise = value.raisePerRule ? triggered : Math.min(1, triggered);
    if (triggered === 2) {
      reasons.push(
        value.raisePerRule
          ? '两项变更依据同时存在，按“每项依据各提高一级”处理，共提高 2 级（§8 Q1，待核实）'
          : '两项变更依据同时存在，按“只提高一级”处理（§8 Q1，待核实）',
      );
    }
    if (raise === 0) reasons.push('无等级变更依据 → 最终等级同初步等级');
    else {
      final = levelAt(prelim.index + raise);
      if (prelim.index + raise > 4) reasons.push(`已到最低等级“${final.full}”，不再提高`);
    }
  }
  reasons.push(`最终等级：${final.full}（附录C C.5）`);

  return {
    scale: 'gbt42195',
    scaleName: GBT42195.name,
    version: GBT42195.version,
    total,
    max: 90,
    parts,
    items,
    level: { code: final.code, label: final.label, index: final.index },
    preliminary: { code: prelim.code, label: prelim.label, index: prelim.index },
    risk: RISKS[final.index]!,
    reasons,
    readings: [
      reading('两项等级变更依据（痴呆/精神障碍与照护风险事件）同时存在时', value.raisePerRule ? '各提高一级（可提高 2 级）' : '只提高一级', rule),
      reading(
        '近30天内照护风险事件的计数',
        value.riskEventCounting === 'acrossTypes'
          ? `各类事件合计 ${value.riskEventThreshold} 次及以上即提高一级（如跌倒 1 次 + 噎食 1 次）`
          : `同一类事件 ${value.riskEventThreshold} 次及以上才提高一级`,
        rule,
      ),
    ],
    followUp: null,
  };
}

/** A.2.14 in words and whether it reaches C.4's “2次及以上”, counted as the region reads it (§8 Q2). */
function countEvents(events: AbilityContext['riskEvents'], rule: AbilityLevelChange) {
  const entries = (Object.keys(RISK_EVENTS) as RiskEventType[])
    .map((t) => [t, events[t] ?? 0] as const)
    .filter(([, n]) => n > 0);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const words = entries.map(([t, n]) => `${RISK_EVENTS[t]} ${n >= 3 ? '3次及以上' : `${n} 次`}`).join('、');
  const triggered =
    rule.riskEventCounting === 'acrossTypes' ? total >= rule.riskEventThreshold : entries.some(([, n]) => n >= rule.riskEventThreshold);
  const counting = rule.riskEventCounting === 'acrossTypes' ? '各类合计' : '按同一类';
  return { total, triggered, text: `近30天内照护风险事件：${words || '无'}（${counting}计数）` };
}
