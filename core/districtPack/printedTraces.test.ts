import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { writeFileSync } from 'node:fs';
import { directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber } from '../../tests/helpers/fixtures.ts';
import type { FilingRequest } from '../filings/schema.ts';
import { districtPackFiling, type DistrictPack } from './filings.ts';
import { PRINT_TRACE_ROWS } from './schema.ts';

// The test's clock is 2026-11-23. Four in residence before 2026Q3, one of them leaves in it.
let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;
  const names = ['甲', '乙', '丙', '丁'];
  for (const [i, label] of ['101-1', '101-2', '102-1', '102-2'].entries()) {
    const r = await home.call('residents.admit', admitInput(bed(label), { name: `老人${names[i]}`, admissionDate: '2026-03-01', idNumber: idNumber(`194${i}-05-01`, false) }));
    if (i === 3) await home.call('residents.leave', { id: r.id, kind: 'discharged', date: '2026-08-15', reason: '回家' });
  }
});
afterEach(() => t.close());

const pack = async (input: object) => (await home.call('filings.data', { kind: 'district-pack', input: { period: '2026Q3', ...input } })) as unknown as DistrictPack;
const trace = (p: DistrictPack, key: string) => p.traces.find((x) => x.key === key)!;

describe('区级报送材料：打印件的附录最多列出若干条', () => {
  it('with traceRows, a longer trace keeps its first rows and its total; a shorter one stays whole; the figures do not change', async () => {
    const full = await pack({});
    const cut = await pack({ traceRows: 2 });
    expect(trace(full, 'civil-affairs:at-start')).toMatchObject({ total: 4 });
    expect(trace(full, 'civil-affairs:at-start').rows).toHaveLength(4);
    expect(trace(cut, 'civil-affairs:at-start').total).toBe(4);
    expect(trace(cut, 'civil-affairs:at-start').rows).toEqual(trace(full, 'civil-affairs:at-start').rows.slice(0, 2));
    expect(trace(cut, 'civil-affairs:at-end')).toMatchObject({ total: 3, rows: trace(full, 'civil-affairs:at-end').rows.slice(0, 2) });
    expect(trace(cut, 'civil-affairs:left')).toEqual(trace(full, 'civil-affairs:left'));
    expect(trace(cut, 'civil-affairs:left')).toMatchObject({ total: 1 });
    expect(cut.sections).toEqual(full.sections);
    for (const tr of full.traces) expect(tr.total, tr.key).toBe(tr.rows.length);
  });

  it('the print reads the pack with PRINT_TRACE_ROWS; the screen and the .xlsx read every row', async () => {
    const asked: FilingRequest[] = [];
    t.runtime.printer = {
      print: async (job) => {
        asked.push(job.request);
        const doc = await PDFDocument.create();
        doc.addPage();
        writeFileSync(job.outFile, await doc.save());
      },
    };
    await home.call('filings.pdf', { kind: 'district-pack', input: { period: '2026Q3' } });
    expect(asked).toEqual([{ kind: 'district-pack', input: { period: '2026Q3', traceRows: PRINT_TRACE_ROWS } }]);
    expect(districtPackFiling.printInput!({ period: '2026', traceRows: null })).toEqual({ period: '2026', traceRows: PRINT_TRACE_ROWS });

    // The Excel file of the same request lists every row of every trace.
    const full = await pack({});
    const wb = districtPackFiling.workbook!(full, ExcelJS);
    const sheet = wb.worksheets.find((w) => w.name.startsWith('明细 期初在院老人'))!;
    // Title, column headings, then one row per resident.
    expect(sheet.rowCount).toBe(2 + 4);
    expect(sheet.getRow(3).getCell(2).value).toBe(trace(full, 'civil-affairs:at-start').rows[0]![1]);
  });
});
