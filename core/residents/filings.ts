import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { invalid } from '../shared/errors.ts';
import { formatDateTime } from '../shared/dates.ts';
import { ROSTER_FULL_VIEW } from './access.ts';
import { allResidents } from './list.ts';
import { departuresBetween, firstContacts } from './queries.ts';
import {
  careLevelLabel,
  CARE_LEVELS,
  PAYMENT_TYPES,
  RESIDENT_STATUS,
  rosterBookInput,
  rosterFilter,
  type EmergencyContact,
  type ResidentRow,
} from './schema.ts';
import { describeFilter } from './describeFilter.ts';
import { allergySummaries } from '../records/queries.ts';

export interface RosterFilingRow {
  no: number;
  bed: string;
  name: string;
  /** Substances the resident is allergic to, printed in red under the name (core/records). */
  allergies: string;
  sex: string;
  age: number;
  idNumber: string;
  birthDate: string;
  admissionDate: string;
  careLevel: string;
  paymentType: string;
  phone: string;
  contact: string;
  contactPhone: string;
  status: string;
  leftOn: string;
  leftReason: string;
}

export interface RosterSummary {
  total: number;
  male: number;
  female: number;
  aged65: number;
  aged80: number;
  byCareLevel: { label: string; n: number }[];
  byPaymentType: { label: string; n: number }[];
}

export interface RosterFiling extends FilingHeader {
  showLeft: boolean;
  rows: RosterFilingRow[];
  summary: RosterSummary;
}

function filingRow(r: ResidentRow, i: number, contacts: Map<number, EmergencyContact>, allergies: Map<number, string[]>): RosterFilingRow {
  const c = contacts.get(r.id);
  return {
    no: i + 1,
    bed: r.bedLabel,
    name: r.name,
    allergies: (allergies.get(r.id) ?? []).join('、'),
    sex: r.sex,
    age: r.age,
    idNumber: r.idNumber,
    birthDate: r.birthDate ?? '',
    admissionDate: r.admissionDate,
    careLevel: careLevelLabel(r.careLevel),
    paymentType: PAYMENT_TYPES[r.paymentType],
    phone: r.phone,
    contact: c ? `${c.name}（${c.relation}）` : '',
    contactPhone: c?.phone ?? '',
    status: RESIDENT_STATUS[r.status],
    leftOn: r.leftOn ?? '',
    leftReason: r.leftReason ?? '',
  };
}

/** Counts of a label over rows, in the order the labels are given, leaving out those with none. */
function countBy(rows: readonly RosterFilingRow[], labels: readonly string[], pick: (r: RosterFilingRow) => string) {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(pick(r), (counts.get(pick(r)) ?? 0) + 1);
  return labels.map((label) => ({ label, n: counts.get(label) ?? 0 })).filter((l) => l.n > 0);
}

function summarize(rows: readonly RosterFilingRow[]): RosterSummary {
  return {
    total: rows.length,
    male: rows.filter((r) => r.sex === '男').length,
    female: rows.filter((r) => r.sex === '女').length,
    aged65: rows.filter((r) => r.age >= 65).length,
    aged80: rows.filter((r) => r.age >= 80).length,
    byCareLevel: countBy(rows, [...CARE_LEVELS, '未评估'], (r) => r.careLevel),
    byPaymentType: countBy(rows, Object.values(PAYMENT_TYPES), (r) => r.paymentType),
  };
}

const XLSX_COLUMNS: { header: string; width: number; key: keyof RosterFilingRow; text?: boolean }[] = [
  { header: '序号', width: 6, key: 'no' },
  { header: '床位', width: 10, key: 'bed' },
  { header: '姓名', width: 12, key: 'name' },
  { header: '过敏', width: 16, key: 'allergies' },
  { header: '性别', width: 6, key: 'sex' },
  { header: '年龄', width: 6, key: 'age' },
  { header: '身份证号', width: 22, key: 'idNumber', text: true },
  { header: '出生日期', width: 12, key: 'birthDate' },
  { header: '入住日期', width: 12, key: 'admissionDate' },
  { header: '能力等级', width: 10, key: 'careLevel' },
  { header: '费用类型', width: 10, key: 'paymentType' },
  { header: '老人电话', width: 14, key: 'phone', text: true },
  { header: '紧急联系人', width: 22, key: 'contact' },
  { header: '联系人电话', width: 14, key: 'contactPhone', text: true },
  { header: '状态', width: 8, key: 'status' },
  { header: '离院/去世日期', width: 14, key: 'leftOn' },
  { header: '离院/去世原因', width: 20, key: 'leftReason' },
];

/** 住养老人名册: the roster as filtered on screen, A4 landscape, with totals and signature lines; also as .xlsx. */
export const rosterFiling = defineFiling({
  kind: 'roster',
  title: '住养老人名册',
  layout: 'sheet',
  input: rosterFilter,
  access: ROSTER_FULL_VIEW,
  cli: [
    { flag: 'status', field: 'status', type: 'string', help: 'in_residence（默认，在住）| left（已离院/去世）| all' },
    { flag: 'floor', field: 'floor', type: 'int', help: '只印某一层' },
    { flag: 'aged65', field: 'aged65', type: 'boolean', help: '只印 65 周岁及以上' },
  ],
  example: [],
  describe: describeFilter,
  build(ctx, filter): RosterFiling {
    const contacts = firstContacts(ctx.db);
    const allergies = allergySummaries(ctx.db);
    const rows = allResidents(ctx.db, filter, ctx.today).map((r, i) => filingRow(r, i, contacts, allergies));
    return {
      ...filingHeader(ctx, '住养老人名册', describeFilter(filter)),
      showLeft: filter.status !== 'in_residence',
      rows,
      summary: summarize(rows),
    };
  },
  workbook(data, ExcelJS) {
    const wb = new ExcelJS.Workbook();
    wb.creator = '养老医务通';
    wb.created = new Date(data.printedAt);
    const ws = wb.addWorksheet('住养老人名册', {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      views: [{ state: 'frozen', ySplit: 3 }],
    });
    // ID and phone columns are text: Excel would turn an 18-digit number into 3.20102E+17.
    ws.columns = XLSX_COLUMNS.map((c) => ({ width: c.width, style: c.text ? { numFmt: '@' } : {} }));
    ws.mergeCells(1, 1, 1, XLSX_COLUMNS.length);
    ws.getCell(1, 1).value = `${data.institution.name} 住养老人名册`;
    ws.getCell(1, 1).font = { size: 16, bold: true };
    ws.getCell(1, 1).alignment = { horizontal: 'center' };
    ws.mergeCells(2, 1, 2, XLSX_COLUMNS.length);
    ws.getCell(2, 1).value = `${data.scope}　共 ${data.rows.length} 人　导出时间：${formatDateTime(data.printedAt)}${data.isDemo ? '　（演示数据）' : ''}`;
    const header = ws.getRow(3);
    XLSX_COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const r of data.rows) ws.addRow(XLSX_COLUMNS.map((c) => r[c.key]));
    return wb;
  },
});

export interface RosterBook extends FilingHeader {
  from: string;
  to: string;
  summary: RosterSummary;
  floors: { floor: number; rows: RosterFilingRow[]; summary: RosterSummary }[];
  departures: RosterFilingRow[];
}

/** The period of the departures appendix: as asked, or from 1 January of this year to today. */
function bookPeriod(input: { from: string | null; to: string | null }, today: string) {
  const to = input.to ?? today;
  const from = input.from ?? `${to.slice(0, 4)}-01-01`;
  if (to > today) throw invalid(`离院名单结束日期不能晚于今天（${today}）`, 'input.to');
  if (from > to) throw invalid('开始日期不能晚于结束日期', 'input.to');
  return { from, to };
}

/**
 * 住养老人名册（分册）: a document for a reviewer who wants the whole home at once — a summary, one section
 * per floor, and the period's departures and deaths as an appendix, with a cover and a contents page.
 */
export const rosterBookFiling = defineFiling({
  kind: 'roster-book',
  title: '住养老人名册（分册）',
  layout: 'document',
  input: rosterBookInput,
  access: ROSTER_FULL_VIEW,
  cli: [
    { flag: 'from', field: 'from', type: 'string', help: '附录离院名单的开始日期（默认今年 1 月 1 日）' },
    { flag: 'to', field: 'to', type: 'string', help: '附录离院名单的结束日期（默认今天）' },
  ],
  example: [],
  describe: (input) => `在住老人按楼层分册；离院与去世：${input.from ?? '今年 1 月 1 日'} 至 ${input.to ?? '今天'}`,
  build(ctx, input): RosterBook {
    const { from, to } = bookPeriod(input, ctx.today);
    const contacts = firstContacts(ctx.db);
    const allergies = allergySummaries(ctx.db);
    const inResidence = allResidents(ctx.db, rosterFilter.parse({}), ctx.today);
    const floors = new Map<number, RosterFilingRow[]>();
    for (const r of inResidence) {
      const rows = floors.get(r.floor) ?? [];
      rows.push(filingRow(r, rows.length, contacts, allergies));
      floors.set(r.floor, rows);
    }
    const all = [...floors.values()].flat();
    return {
      ...filingHeader(ctx, '住养老人名册（分册）', `在住老人按楼层分册；附：${from} 至 ${to} 离院与去世名单`),
      from,
      to,
      summary: summarize(all),
      floors: [...floors.entries()].map(([floor, rows]) => ({ floor, rows, summary: summarize(rows) })),
      departures: departuresBetween(ctx.db, from, to, ctx.today).map((r, i) => filingRow(r, i, contacts, allergies)),
    };
  },
});
