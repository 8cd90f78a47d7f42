import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { ROSTER_FULL_VIEW } from './access.ts';
import { allResidents } from './list.ts';
import { firstContacts } from './queries.ts';
import { careLevelLabel, CARE_LEVELS, PAYMENT_TYPES, RESIDENT_STATUS, rosterFilter } from './schema.ts';
import { describeFilter } from './describeFilter.ts';
import { formatDateTime } from '../shared/dates.ts';

export interface RosterFilingRow {
  no: number;
  bed: string;
  name: string;
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

export interface RosterFiling extends FilingHeader {
  showLeft: boolean;
  rows: RosterFilingRow[];
  summary: { total: number; male: number; female: number; aged65: number; aged80: number; byCareLevel: { label: string; n: number }[] };
}

const XLSX_COLUMNS: { header: string; width: number; key: keyof RosterFilingRow; text?: boolean }[] = [
  { header: '序号', width: 6, key: 'no' },
  { header: '床位', width: 10, key: 'bed' },
  { header: '姓名', width: 12, key: 'name' },
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
  describe: describeFilter,
  build(ctx, filter): RosterFiling {
    const residents = allResidents(ctx.db, filter, ctx.today);
    const contacts = firstContacts(ctx.db);
    const levels = new Map<string, number>();
    for (const r of residents) levels.set(careLevelLabel(r.careLevel), (levels.get(careLevelLabel(r.careLevel)) ?? 0) + 1);
    return {
      ...filingHeader(ctx, '住养老人名册', describeFilter(filter)),
      showLeft: filter.status !== 'in_residence',
      rows: residents.map((r, i) => {
        const c = contacts.get(r.id);
        return {
          no: i + 1,
          bed: r.bedLabel,
          name: r.name,
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
      }),
      summary: {
        total: residents.length,
        male: residents.filter((r) => r.sex === '男').length,
        female: residents.filter((r) => r.sex === '女').length,
        aged65: residents.filter((r) => r.age >= 65).length,
        aged80: residents.filter((r) => r.age >= 80).length,
        byCareLevel: [...CARE_LEVELS, '未评估']
          .map((label) => ({ label, n: levels.get(label) ?? 0 }))
          .filter((l) => l.n > 0),
      },
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
