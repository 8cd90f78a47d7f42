import ExcelJS from 'exceljs';
import type { Db } from '../../db/open.ts';
import { allResidents } from './list.ts';
import { firstContacts } from './queries.ts';
import { careLevelLabel, PAYMENT_TYPES, RESIDENT_STATUS, type RosterFilter } from './schema.ts';
import { describeFilter } from './describeFilter.ts';
import { formatDateTime } from '../shared/dates.ts';

const COLUMNS: { header: string; width: number; text?: boolean }[] = [
  { header: '序号', width: 6 },
  { header: '床位', width: 10 },
  { header: '姓名', width: 12 },
  { header: '性别', width: 6 },
  { header: '年龄', width: 6 },
  { header: '身份证号', width: 22, text: true },
  { header: '出生日期', width: 12 },
  { header: '入住日期', width: 12 },
  { header: '能力等级', width: 10 },
  { header: '费用类型', width: 10 },
  { header: '老人电话', width: 14, text: true },
  { header: '紧急联系人', width: 22 },
  { header: '联系人电话', width: 14, text: true },
  { header: '状态', width: 8 },
  { header: '离院/去世日期', width: 14 },
  { header: '离院/去世原因', width: 20 },
];

/** 住养老人名册 as .xlsx: a merged title row, the filter used, then one row per resident. ID columns are text. */
export async function rosterWorkbook(
  db: Db,
  filter: RosterFilter,
  today: string,
  now: Date,
  institutionName: string,
): Promise<{ fileName: string; base64: string; rows: number }> {
  const residents = allResidents(db, filter, today);
  const contacts = firstContacts(db);
  const wb = new ExcelJS.Workbook();
  wb.creator = '养老医务通';
  wb.created = now;
  const ws = wb.addWorksheet('住养老人名册', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.getCell(1, 1).value = `${institutionName} 住养老人名册`;
  ws.getCell(1, 1).font = { size: 16, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, COLUMNS.length);
  ws.getCell(2, 1).value = `${describeFilter(filter)}　共 ${residents.length} 人　导出时间：${formatDateTime(now.toISOString())}`;
  const header = ws.getRow(3);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  residents.forEach((r, i) => {
    const c = contacts.get(r.id);
    ws.addRow([
      i + 1,
      r.bedLabel,
      r.name,
      r.sex,
      r.age,
      r.idNumber,
      r.birthDate,
      r.admissionDate,
      careLevelLabel(r.careLevel),
      PAYMENT_TYPES[r.paymentType],
      r.phone,
      c ? `${c.name}（${c.relation}）` : '',
      c?.phone ?? '',
      RESIDENT_STATUS[r.status],
      r.leftOn ?? '',
      r.leftReason ?? '',
    ]);
  });
  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: `住养老人名册-${today}.xlsx`,
    base64: Buffer.from(buffer).toString('base64'),
    rows: residents.length,
  };
}
