import {
  ABSENCES,
  EMPTY_VALUES,
  FIELDS,
  flagReading,
  formatValue,
  readingProblems,
  type Absence,
  type Flag,
  type GlucoseKind,
  type ReadingField,
  type ReadingValues,
  type RoundGridRow,
  type RoundRowInput,
  type TempSite,
  type VitalRanges,
} from '../../../core/vitals/schema.ts';

/**
 * The round grid as data: a row per resident, a text cell per measure as typed, read into numbers with the
 * core's own guards (core/vitals/measures.ts), so the grid refuses on the spot exactly what the core refuses.
 */

export const VALUE_CELLS = ['bp', 'pulse', 'temp', 'resp', 'spo2', 'glucose', 'weight'] as const;
export type ValueCell = (typeof VALUE_CELLS)[number];
export const CELLS = [...VALUE_CELLS, 'note', 'absence'] as const;
export type Cell = (typeof CELLS)[number];

export const CELL_HEADERS: Record<Cell, { label: string; unit: string; hint: string }> = {
  bp: { label: '血压', unit: 'mmHg', hint: '如 128/78' },
  pulse: { label: '脉搏', unit: '次/分', hint: '' },
  temp: { label: '体温', unit: '℃', hint: '' },
  resp: { label: '呼吸', unit: '次/分', hint: '' },
  spo2: { label: '血氧', unit: '%', hint: '' },
  glucose: { label: '血糖', unit: 'mmol/L', hint: '' },
  weight: { label: '体重', unit: 'kg', hint: '' },
  note: { label: '备注', unit: '', hint: '' },
  absence: { label: '状态', unit: '空格切换', hint: '' },
};

export interface GridRow {
  residentId: number;
  bedLabel: string;
  name: string;
  sex: string;
  age: number;
  leftOn: string | null;
  admissionDate: string;
  heightCm: number | null;
  text: Record<ValueCell | 'note', string>;
  absence: Absence | null;
  /** The row as it was loaded: what “unsaved” is measured against. */
  loaded: string;
}

const FIELD_OF: Record<Exclude<ValueCell, 'bp'>, ReadingField> = { pulse: 'pulse', temp: 'temp', resp: 'resp', spo2: 'spo2', glucose: 'glucose', weight: 'weight' };

const fingerprint = (r: Pick<GridRow, 'text' | 'absence'>) => JSON.stringify([r.text, r.absence]);

export function toGridRow(r: RoundGridRow): GridRow {
  const v = r.reading?.values;
  const show = (field: ReadingField) => (v && v[field] !== null ? formatValue(field, v[field]!) : '');
  const text = {
    bp: v && v.sbp !== null ? `${v.sbp}/${v.dbp}` : '',
    pulse: show('pulse'),
    temp: show('temp'),
    resp: show('resp'),
    spo2: show('spo2'),
    glucose: show('glucose'),
    weight: show('weight'),
    note: r.reading?.note ?? '',
  };
  const absence = r.reading?.absence ?? null;
  return {
    residentId: r.residentId,
    bedLabel: r.bedLabel,
    name: r.name,
    sex: r.sex,
    age: r.age,
    leftOn: r.leftOn,
    admissionDate: r.admissionDate,
    heightCm: r.heightCm,
    text,
    absence,
    loaded: fingerprint({ text, absence }),
  };
}

export const isChanged = (r: GridRow): boolean => fingerprint(r) !== r.loaded;

/** Full-width digits, the full-width stop and slash are what a Chinese input method often types. */
const halfWidth = (s: string) =>
  s.replace(/[\uff10-\uff19\uff0e\uff0f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3002/g, '.').trim();

export interface RowRead {
  values: ReadingValues;
  /** Problems by cell: what cannot be read, and what the core's guards refuse. */
  problems: Partial<Record<Cell, string>>;
}

/** Reads a row's cells into numbers and checks them with the core's guards. */
export function readRow(row: GridRow): RowRead {
  const values: ReadingValues = { ...EMPTY_VALUES };
  const problems: RowRead['problems'] = {};
  const bp = halfWidth(row.text.bp);
  if (bp !== '') {
    const m = /^(\d{2,3})\s*[/\s]\s*(\d{2,3})$/.exec(bp);
    if (m) {
      values.sbp = Number(m[1]);
      values.dbp = Number(m[2]);
    } else problems.bp = '血压请写成“收缩压/舒张压”，如 128/78';
  }
  for (const cell of ['pulse', 'temp', 'resp', 'spo2', 'glucose', 'weight'] as const) {
    const t = halfWidth(row.text[cell]);
    if (t === '') continue;
    if (/^\d+(\.\d+)?$/.test(t)) values[FIELD_OF[cell]] = Number(t);
    else problems[cell] = `${FIELDS[FIELD_OF[cell]].label}应为数字`;
  }
  for (const p of readingProblems(values)) {
    const cell: Cell = p.field === 'sbp' || p.field === 'dbp' ? 'bp' : (p.field as Cell);
    problems[cell] ??= p.message;
  }
  if (row.absence && hasValues(row)) problems.absence = `已标为“${ABSENCES[row.absence]}”，就不要再填数值（请清空数值，或改回“在院”）`;
  if (row.text.note.length > 200) problems.note = '备注不能超过 200 个字';
  if (!row.absence && !hasValues(row) && row.text.note.trim() !== '') problems.note = '只写了备注，没有数值；没有测量请把状态改为外出、住院或拒测';
  return { values, problems };
}

export const hasValues = (row: GridRow): boolean => VALUE_CELLS.some((c) => row.text[c].trim() !== '');

export function flagsOf(row: GridRow, values: ReadingValues, ranges: VitalRanges | undefined, tempSite: TempSite, glucoseKind: GlucoseKind): Flag[] {
  if (!ranges || row.absence) return [];
  return flagReading(ranges, values, { tempSite, glucoseKind, heightCm: row.heightCm });
}

/** The row as the core takes it. */
export function toInput(row: GridRow, values: ReadingValues): RoundRowInput {
  return {
    residentId: row.residentId,
    absence: row.absence,
    sbp: values.sbp,
    dbp: values.dbp,
    pulse: values.pulse,
    temp: values.temp,
    resp: values.resp,
    spo2: values.spo2,
    glucose: values.glucose,
    weight: values.weight,
    note: row.text.note.trim(),
  };
}

/** The cell a field named by the core (rows.3.sbp) belongs to. */
export function cellOfField(field: string): { row: number; cell: Cell } | null {
  const m = /^rows\.(\d+)\.(\w+)$/.exec(field);
  if (!m) return null;
  const f = m[2]!;
  const cell: Cell | null = f === 'sbp' || f === 'dbp' ? 'bp' : (CELLS as readonly string[]).includes(f) ? (f as Cell) : f === 'residentId' ? 'bp' : null;
  return cell ? { row: Number(m[1]), cell } : null;
}

export const ABSENCE_CYCLE: (Absence | null)[] = [null, 'out', 'hospital', 'refused'];
export const absenceLabel = (a: Absence | null): string => (a ? ABSENCES[a] : '在院');
