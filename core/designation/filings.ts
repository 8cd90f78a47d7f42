import { z, entityId } from '../shared/fields.ts';
import { addMonths, monthRange } from '../shared/dayMath.ts';
import { invalid, notFound } from '../shared/errors.ts';
import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { requireInstitution } from '../institution/queries.ts';
import { activeStaff, clinicAgreements, clinicProfile, clinicRooms } from '../clinic/queries.ts';
import { PRACTICE_SITES, PROFESSIONS, ROOM_KINDS, AGREEMENT_KINDS } from '../clinic/schema.ts';
import { FEE_ITEMS, yuanText } from '../encounters/schema.ts';
import { fundUseByMonth, lastPrices } from '../encounters/queries.ts';
import { attachmentBytes, attachmentMeta } from '../attachments/queries.ts';
import { DESIGNATION_READERS } from './access.ts';
import { MONTH_READING } from './eligibility.ts';
import { FORECAST_MONTHS, materialStates, MATERIAL_STATUS } from './materials.ts';
import { homeProfile, param } from './params.ts';
import { designationSetup, findApplication, ruleDocuments } from './queries.ts';
import { APPLICATION_KINDS, APPLICATION_STATUS } from './schema.ts';

export const designationFilingInput = z.object({ id: entityId('申请') }).strict();

type Cell = string | number;
export interface MaterialTable {
  title: string;
  columns: string[];
  rows: Cell[][];
  note?: string;
}

/** One part of the printed application: a generated material, an attached scan, or a missing one. */
export interface MaterialPart {
  key: string;
  title: string;
  status: string;
  facts: [string, string][];
  tables: MaterialTable[];
  notes: string[];
  /** An attached scan: what it is; images carry their bytes (data URL) to be printed in place. */
  scan: { attachmentId: number; fileName: string; mime: string; bytes: number; sha256: string; dataUrl: string | null; pages: number | null } | null;
}

export interface DesignationFiling extends FilingHeader {
  application: { id: number; kind: string; status: string; submittedOn: string | null; acceptedOn: string | null; outcomeOn: string | null; agreementNo: string };
  parts: MaterialPart[];
  /** Values marked 待核实 this document relied on, and the month reading, printed at the end. */
  basis: { label: string; cite: string; unverified: boolean; note: string | null }[];
  reading: string;
}

/** Images larger than this are listed with their SHA-256 rather than printed (the PDF stays printable). */
const MAX_INLINE_IMAGE = 8 * 1024 * 1024;

/** Scans of more pages than this are listed, not reproduced (the application stays a printable size). */
const MAX_EMBED_PAGES = 60;

/**
 * A PDF's page count read from its bytes without parsing it (build is synchronous): the largest /Count of a
 * /Pages node, else the /Page objects. Null when neither is readable (compressed object streams): the scan is
 * then listed with its SHA-256 and not reproduced.
 */
export function pdfPageCount(data: Buffer | null): number | null {
  if (!data) return null;
  const text = data.toString('latin1');
  let count = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) count = Math.max(count, Number(m[1] ?? m[2]));
  if (count === 0) count = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
  return count > 0 && count <= MAX_EMBED_PAGES ? count : null;
}

const part = (key: string, title: string, status: string, over: Partial<MaterialPart>): MaterialPart => ({ key, title, status, facts: [], tables: [], notes: [], scan: null, ...over });

/**
 * The predictive fund-use report's figures (第七条（五）): the clinic's last full months of encounters and fees
 * (at least FORECAST_MONTHS, at most 6), and a year projected from their monthly average. Walks the fee date
 * index only (bench: 预测性分析报告数据).
 */
export function fundForecast(db: Parameters<typeof fundUseByMonth>[0], today: string) {
  const lastMonth = monthRange(addMonths(today, -1).slice(0, 7));
  const from = monthRange(addMonths(today, -6).slice(0, 7)).from;
  const months = fundUseByMonth(db, from, lastMonth.to).filter((m) => m.encounters > 0);
  const n = months.length;
  const sum = (k: 'encounters' | 'patients' | 'medicalFen' | 'medicalInsuredFen' | 'drugFen' | 'careFen') => months.reduce((s, m) => s + m[k], 0);
  const avgInsured = n ? Math.round(sum('medicalInsuredFen') / n) : 0;
  return {
    from: months[0]?.month ?? null,
    to: months.at(-1)?.month ?? null,
    months,
    enough: n >= FORECAST_MONTHS,
    monthlyInsuredFen: avgInsured,
    yearInsuredFen: avgInsured * 12,
    perVisitFen: sum('encounters') ? Math.round(sum('medicalFen') / sum('encounters')) : 0,
    drugShare: sum('medicalFen') ? sum('drugFen') / sum('medicalFen') : 0,
  };
}

function generated(ctx: Parameters<typeof filingHeader>[0], key: string, title: string, kind: 'medical' | 'ltc'): MaterialPart {
  const db = ctx.db;
  const today = ctx.today;
  switch (key) {
    case 'applicationForm': {
      const i = requireInstitution(db);
      const c = clinicProfile(db);
      const s = designationSetup(db);
      const facts: [string, string][] = [
        ['申请类别', APPLICATION_KINDS[kind]],
        ['机构名称', i.name],
        ['统一社会信用代码', i.creditCode],
        ['地址', i.address],
        ['法定代表人（院长）', i.directorName],
        ['联系电话', i.phone],
        ['核定床位', `${i.licensedBeds} 张`],
      ];
      if (kind === 'medical' && c) {
        facts.push(
          ['内设医疗机构', `${c.name}（${c.type ?? '未登记类型'}）`],
          [c.filingKind || '备案/许可', `${c.filingNo}（${c.filingDate ?? '日期未登记'}）`],
          ['正式运营日期', c.openedOn ?? '未登记'],
          ['诊疗科目', c.subjects.join('、')],
        );
      }
      facts.push(['医保负责人', s.insurancePrincipal || '未登记'], ['医保管理员', s.insuranceAdministrator || '未登记'], ['信息系统', s.infoVendor || '未登记']);
      return part(key, title, MATERIAL_STATUS.generated, { facts });
    }
    case 'staffRoster': {
      const staff = activeStaff(db, today).filter((s) => kind === 'medical' || s.profession === 'nurse' || s.profession === 'therapist');
      return part(key, title, MATERIAL_STATUS.generated, {
        tables: [
          {
            title: '人员与执业证书',
            columns: ['姓名', '类别', '证书编号', '执业范围', '执业地点', '发证日期', '有效期至'],
            rows: staff.map((s) => [s.name, PROFESSIONS[s.profession], s.licenceNo, s.scope, PRACTICE_SITES[s.practiceSite], s.issuedOn, s.expiresOn ?? '长期']),
            note: '“主执业点”即第一注册地为本机构；多点执业医师不计入医保定点所需的医师。',
          },
        ],
      });
    }
    case 'roomsEquipment':
      return part(key, title, MATERIAL_STATUS.generated, {
        tables: [
          { title: '房屋', columns: ['用途', '房间', '面积（平方米）'], rows: clinicRooms(db).map((r) => [ROOM_KINDS[r.kind], r.name, r.areaM2]) },
          {
            title: '影像、检验服务协议',
            columns: ['类别', '合作机构', '起始', '截止'],
            rows: clinicAgreements(db).map((a) => [AGREEMENT_KINDS[a.kind], a.partner, a.startsOn, a.endsOn]),
          },
        ],
      });
    case 'priceList': {
      const prices = lastPrices(db);
      const rows = (category: 'medical' | 'care') =>
        FEE_ITEMS.filter((f) => f.category === category).map((f) => [f.code, f.name, f.unit, prices[f.code] !== undefined ? yuanText(prices[f.code]!) : '未收费']);
      if (kind === 'ltc') {
        const ltcRows = FEE_ITEMS.filter((f) => f.ltcCovered).map((f) => [f.code, f.name, f.unit, prices[f.code] !== undefined ? yuanText(prices[f.code]!) : '未收费']);
        return part(key, title, MATERIAL_STATUS.generated, {
          tables: [
            { title: '长护险服务项目清单中常见的项目', columns: ['编码', '项目', '单位', '本机构现行单价'], rows: ltcRows },
            { title: '生活照护项目', columns: ['编码', '项目', '单位', '本机构现行单价'], rows: rows('care') },
          ],
          notes: ['长护险服务项目以所在城市的服务项目清单为准（各地不同）；单价为本机构最近一次收费所用的价格。'],
        });
      }
      return part(key, title, MATERIAL_STATUS.generated, {
        tables: [
          { title: '医疗服务项目（可由医保按规定支付）', columns: ['编码', '项目', '单位', '本机构现行单价'], rows: rows('medical') },
          { title: '生活照护项目（不由医保支付，单独收费）', columns: ['编码', '项目', '单位', '本机构现行单价'], rows: rows('care') },
        ],
        notes: ['医疗与照护分开收费：基本医疗保险基金不得用于支付生活照护等养老服务费用（《关于深入推进医养结合发展的工作方案》（茂卫〔2020〕63号）（十八））。单价为本机构最近一次收费所用的价格。'],
      });
    }
    case 'rulesIndex':
      return part(key, title, MATERIAL_STATUS.generated, {
        tables: [{ title: '制度目录', columns: ['序号', '制度名称', '版本', '印发日期'], rows: ruleDocuments(db).map((r, i) => [i + 1, r.title, r.version, r.adoptedOn]) }],
      });
    case 'fundForecast': {
      const f = fundForecast(db, today);
      return part(key, title, MATERIAL_STATUS.generated, {
        facts: [
          ['统计期', f.from ? `${f.from} 至 ${f.to}（${f.months.length} 个月）` : '无'],
          ['月均医保可支付医疗费用', yuanText(f.monthlyInsuredFen)],
          ['预计纳入定点后一年使用医保基金', yuanText(f.yearInsuredFen)],
          ['次均医疗费用', yuanText(f.perVisitFen)],
          ['药品费占医疗费用比例', `${(f.drugShare * 100).toFixed(1)}%`],
        ],
        tables: [
          {
            title: '按月诊疗与费用',
            columns: ['月份', '诊疗人次', '就诊人数', '医疗费用', '其中医保可支付', '其中药品费', '生活照护费用（不纳入）'],
            rows: f.months.map((m) => [m.month, m.encounters, m.patients, yuanText(m.medicalFen), yuanText(m.medicalInsuredFen), yuanText(m.drugFen), yuanText(m.careFen)]),
          },
        ],
        notes: [
          `按最近 ${f.months.length} 个完整月份的诊疗记录与收费（至少 ${FORECAST_MONTHS} 个月）：预计一年 = 月均医保可支付医疗费用 × 12。生活照护费用单列，不计入医保基金。`,
          ...(f.enough ? [] : [`诊疗记录不足 ${FORECAST_MONTHS} 个月，预测仅供参考。`]),
        ],
      });
    }
    default:
      return part(key, title, MATERIAL_STATUS.generated, { notes: ['（本材料由本软件生成）'] });
  }
}

/**
 * 定点申请材料: the whole application as one document — cover, contents, each material in the order of the
 * region's checklist (generated from the app's records, or the attached scan: images printed in place, PDF
 * scans listed with their SHA-256), then the basis of the values used. `npm run filing -- designation --id N`.
 */
export const designationFiling = defineFiling({
  kind: 'designation',
  title: '定点申请材料',
  layout: 'document',
  input: designationFilingInput,
  access: DESIGNATION_READERS,
  cli: [{ flag: 'id', field: 'id', type: 'int', help: '定点申请的编号（定点申报页面上的申请）' }],
  example: ['--id', '1'],
  describe: (input) => `定点申请 ${input.id}`,
  build(ctx, input): DesignationFiling {
    const app = findApplication(ctx.db, input.id);
    if (!app) throw notFound(`编号为 ${input.id} 的定点申请`);
    const profile = homeProfile(ctx.db);
    const materials = param(profile, 'designationMaterials');
    const evaluation = param(profile, 'designationEvaluation');
    const terms = param(profile, 'designationTerms');
    const defs = materials.value[app.kind];
    if (!defs.length) throw invalid('本地区的材料清单为空');
    const states = materialStates(ctx.db, app.id, defs, ctx.today);
    const parts = states.map((m): MaterialPart => {
      if (m.attachmentId) {
        const meta = attachmentMeta(ctx.db, m.attachmentId)!;
        const image = meta.mime !== 'application/pdf' && meta.bytes <= MAX_INLINE_IMAGE ? attachmentBytes(ctx.db, m.attachmentId) : null;
        return part(m.key, m.title, MATERIAL_STATUS[m.status], {
          scan: {
            attachmentId: meta.id,
            fileName: meta.fileName,
            mime: meta.mime,
            bytes: meta.bytes,
            sha256: meta.sha256,
            dataUrl: image ? `data:${meta.mime};base64,${image.toString('base64')}` : null,
            pages: meta.mime === 'application/pdf' ? pdfPageCount(attachmentBytes(ctx.db, m.attachmentId)) : null,
          },
          notes: m.status === 'damaged' ? ['附件已损坏：与上传时的 SHA-256 不符，请重新扫描上传。'] : [],
        });
      }
      if (m.generated && m.status === 'generated') return generated(ctx, m.key, m.title, app.kind);
      return part(m.key, m.title, MATERIAL_STATUS[m.status], { notes: [m.note || (m.mandatory ? '尚未附上，请扫描后在“定点申报”页面附上。' : '可选材料，未附。')] });
    });
    const scope = `${APPLICATION_KINDS[app.kind]}申请 ${app.id}（${APPLICATION_STATUS[app.status]}）`;
    return {
      ...filingHeader(ctx, `定点申请材料（${APPLICATION_KINDS[app.kind]}）`, scope),
      application: {
        id: app.id,
        kind: APPLICATION_KINDS[app.kind],
        status: APPLICATION_STATUS[app.status],
        submittedOn: app.submittedOn,
        acceptedOn: app.acceptedOn,
        outcomeOn: app.outcomeOn,
        agreementNo: app.agreementNo,
      },
      parts,
      basis: [
        { label: '材料清单', cite: materials.cite, unverified: materials.unverified, note: materials.note },
        { label: '评估时限', cite: evaluation.cite, unverified: evaluation.unverified, note: evaluation.note },
        { label: '协议管理时限', cite: terms.cite, unverified: terms.unverified, note: terms.note },
      ],
      reading: MONTH_READING,
    };
  },
});

