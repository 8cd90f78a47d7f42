import { describe, expect, it } from 'vitest';
import { cellOfField, isChanged, readRow, toGridRow, toInput, type GridRow } from './roundGridModel.ts';

const blank = (): GridRow =>
  toGridRow({ residentId: 7, bedLabel: '101-1', name: '王建国', sex: '男', age: 86, leftOn: null, admissionDate: '2026-01-01', heightCm: 165, reading: null });
const typed = (text: Partial<GridRow['text']>, absence: GridRow['absence'] = null): GridRow => {
  const row = blank();
  return { ...row, text: { ...row.text, ...text }, absence };
};

describe('the round grid reads a row as the core will', () => {
  it('reads blood pressure as 收缩压/舒张压, full-width digits and slash too', () => {
    expect(readRow(typed({ bp: '128/78' })).values).toMatchObject({ sbp: 128, dbp: 78 });
    expect(readRow(typed({ bp: '１２８／７８' })).values).toMatchObject({ sbp: 128, dbp: 78 });
    expect(readRow(typed({ bp: '128 78' })).values).toMatchObject({ sbp: 128, dbp: 78 });
    expect(readRow(typed({ bp: '128' })).problems.bp).toBe('血压请写成“收缩压/舒张压”，如 128/78');
  });

  it('refuses on the spot what the core refuses: impossible values, words, SBP ≤ DBP', () => {
    expect(readRow(typed({ bp: '400/80' })).problems.bp).toBe('收缩压 400 mmHg 不可能，请核对（应在 40–300 mmHg 之间）');
    expect(readRow(typed({ temp: '50' })).problems.temp).toMatch(/^体温 50 ℃ 不可能/);
    expect(readRow(typed({ temp: '98.6' })).problems.temp).toContain('℉');
    expect(readRow(typed({ pulse: '七十' })).problems.pulse).toBe('脉搏应为数字');
    expect(readRow(typed({ bp: '70/120' })).problems.bp).toContain('收缩压应高于舒张压');
    expect(readRow(typed({ temp: '36.55' })).problems.temp).toBe('体温最多保留一位小数');
    // The boundaries of the guards are values, not problems.
    expect(readRow(typed({ bp: '300/200', temp: '45', spo2: '100' })).problems).toEqual({});
  });

  it('refuses numbers beside 外出/住院/拒测, a note alone, and a note over 200 characters', () => {
    expect(readRow(typed({ pulse: '72' }, 'hospital')).problems.absence).toContain('已标为“住院”');
    expect(readRow(typed({ note: '睡着了' })).problems.note).toContain('只写了备注');
    expect(readRow(typed({ pulse: '72', note: '长'.repeat(201) })).problems.note).toBe('备注不能超过 200 个字');
    expect(readRow(typed({ note: '住院观察' }, 'hospital')).problems).toEqual({});
  });

  it('sends the row as the core takes it, and knows when it changed', () => {
    const row = typed({ bp: '128/78', temp: '36.6', note: ' 饭后 ' });
    expect(toInput(row, readRow(row).values)).toEqual({
      residentId: 7, absence: null, sbp: 128, dbp: 78, pulse: null, temp: 36.6, resp: null, spo2: null, glucose: null, weight: null, note: '饭后',
    });
    expect(isChanged(blank())).toBe(false);
    expect(isChanged(row)).toBe(true);
  });

  it('puts the core’s field (rows.N.field) on its row and cell', () => {
    expect(cellOfField('rows.3.sbp')).toEqual({ row: 3, cell: 'bp' });
    expect(cellOfField('rows.0.dbp')).toEqual({ row: 0, cell: 'bp' });
    expect(cellOfField('rows.12.temp')).toEqual({ row: 12, cell: 'temp' });
    expect(cellOfField('rows.2.absence')).toEqual({ row: 2, cell: 'absence' });
    expect(cellOfField('rows.1.residentId')).toEqual({ row: 1, cell: 'bp' });
    expect(cellOfField('lateReason')).toBeNull();
  });
});
