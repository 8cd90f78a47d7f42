import { ABSENCES, formatValue, GLUCOSE_KINDS, TEMP_SITES, type Absence, type GlucoseKind, type ReadingValues, type TempSite } from './measures.ts';
import type { Flag } from './flags.ts';

/** A reading in one line of words, as the audit log, the timeline and the printed lists show it. */
export function readingText(
  v: ReadingValues,
  c: { tempSite: TempSite | null; glucoseKind: GlucoseKind | null; absence?: Absence | null },
): string {
  if (c.absence) return ABSENCES[c.absence];
  const parts: string[] = [];
  if (v.sbp !== null && v.dbp !== null) parts.push(`血压 ${v.sbp}/${v.dbp}`);
  if (v.pulse !== null) parts.push(`脉搏 ${v.pulse}`);
  if (v.temp !== null) parts.push(`体温 ${formatValue('temp', v.temp)}${c.tempSite && c.tempSite !== 'axillary' ? `（${TEMP_SITES[c.tempSite]}）` : ''}`);
  if (v.resp !== null) parts.push(`呼吸 ${v.resp}`);
  if (v.spo2 !== null) parts.push(`血氧 ${v.spo2}%`);
  if (v.glucose !== null) parts.push(`血糖 ${formatValue('glucose', v.glucose)}${c.glucoseKind ? `（${GLUCOSE_KINDS[c.glucoseKind]}）` : ''}`);
  if (v.weight !== null) parts.push(`体重 ${formatValue('weight', v.weight)}kg`);
  if (v.height !== null) parts.push(`身高 ${formatValue('height', v.height)}cm`);
  return parts.join(' ') || '（无数值）';
}

/** The value a flag is about, in words: 血压 182/96, 体温 38.6℃. */
export function flaggedValueText(flag: Flag, v: ReadingValues, bmi: number | null): string {
  switch (flag.measure) {
    case 'bp':
      return `${v.sbp}/${v.dbp} mmHg`;
    case 'pulse':
      return `${v.pulse} 次/分`;
    case 'temp':
      return `${formatValue('temp', v.temp!)} ℃`;
    case 'resp':
      return `${v.resp} 次/分`;
    case 'spo2':
      return `${v.spo2}%`;
    case 'glucose':
      return `${formatValue('glucose', v.glucose!)} mmol/L`;
    case 'bmi':
      return `${bmi ?? '—'}`;
  }
}
