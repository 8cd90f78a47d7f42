import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WriteContext } from '../api/context.ts';
import { addDays, addMonths } from '../shared/dayMath.ts';
import { clinicProfile } from '../clinic/queries.ts';
import { saveClinicProfile } from '../clinic/profile.ts';
import { addAttachment } from '../attachments/add.ts';
import { addRuleDocument, saveSetup } from '../designation/setup.ts';
import { addLtcAssessment } from '../designation/ltc.ts';
import { attachMaterial, createApplication, recordOutcome, requestSupplement, submitApplication, supplySupplement, type Terms } from '../designation/workflow.ts';
import { homeProfile, param } from '../designation/params.ts';
import { findApplication } from '../designation/queries.ts';
import type { Random } from './random.ts';

/** A one-page PDF saying what the scan stands for (a real scan would be the stamped paper). */
function demoPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (DEMO SCAN ${text.length}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Stores a demo scan through the attachments use case, as an upload would arrive. */
function demoScan(ctx: WriteContext, fileName: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'ylywt-demo-scan-'));
  try {
    const uploadId = randomBytes(16).toString('hex');
    writeFileSync(join(dir, uploadId), demoPdf(fileName));
    return addAttachment(ctx, dir, { uploadId, fileName }).id;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The demo's designation work: the 医务室 formally operating since 2 months 25 days before today (re-filed as a
 * 医务室 then), so the 医保定点 eligibility turns on in a few days and the screen says when; 医保 people,
 * information system, billing separation and rules on file; the home's earlier 长护险 application that did not
 * pass, with its reasons and 整改; a 医保 application in draft; residents' 长护险 levels, one expiring soon.
 */
export function seedDesignationDemo(ctx: WriteContext, rng: Random): void {
  const today = ctx.today;
  const clinic = clinicProfile(ctx.db);
  if (!clinic?.type) return;
  const openedOn = addDays(addMonths(today, -2), -25);
  saveClinicProfile(ctx, {
    type: clinic.type,
    name: clinic.name,
    filingKind: clinic.filingKind,
    filingNo: `玄卫医备〔${openedOn.slice(0, 4)}〕0113号`,
    filingDate: addDays(openedOn, -12),
    openedOn,
    subjects: clinic.subjects,
    medicalAlliance: clinic.medicalAlliance,
    nearMedicalInstitution: clinic.nearMedicalInstitution,
    areasSeparated: clinic.areasSeparated,
    separationNote: clinic.separationNote,
  });
  saveSetup(ctx, {
    insurancePrincipal: '王丽华',
    insuranceAdministrator: '赵静（兼职）',
    insuranceDepartment: true,
    infoVendor: '金陵医保接口 V3（国家医保信息平台 定点医药机构接口）',
    infoDeclaredOn: addDays(openedOn, 20),
    infoDirectSettlement: true,
    infoNationalCodes: true,
    billingSeparated: true,
    billingNote: '医疗项目与生活照护项目分别开票，照护项目不进入医保结算',
  });
  for (const [title, version, back] of [
    ['医保管理制度', 'V2', 40],
    ['财务制度', 'V3', 400],
    ['统计信息管理制度', 'V1', 40],
    ['医疗质量安全核心制度', 'V2', 120],
    ['服务管理制度', 'V2', 400],
    ['档案管理制度', 'V1', 400],
  ] as const) {
    addRuleDocument(ctx, { title, version, adoptedOn: addDays(today, -back) });
  }

  const profile = homeProfile(ctx.db);
  const t: Terms = { evaluation: param(profile, 'designationEvaluation').value.limit, ...param(profile, 'designationTerms').value };
  const defs = param(profile, 'designationMaterials').value;

  // The home's 长护险 application eight months ago: supplemented once, then not passed.
  const ltc = createApplication(ctx, { kind: 'ltc', title: '长护险定点护理服务机构申请（第一次）' });
  for (const m of defs.ltc.filter((d) => !d.generated)) attachMaterial(ctx, { id: ltc.id, key: m.key, attachmentId: demoScan(ctx, `${m.title}.pdf`) }, defs.ltc);
  const submitted = addMonths(today, -8);
  submitApplication(ctx, { id: ltc.id, submittedOn: submitted, acceptedOn: addDays(submitted, 1) }, null, defs.ltc, t);
  requestSupplement(ctx, { id: ltc.id, requestedOn: addDays(submitted, 20), note: '补充养老护理员职业技能等级证书复印件' });
  supplySupplement(ctx, { supplementId: findApplication(ctx.db, ltc.id)!.supplements[0]!.id, suppliedOn: addDays(submitted, 34) });
  recordOutcome(
    ctx,
    {
      id: ltc.id,
      outcome: 'failed',
      outcomeOn: addDays(submitted, 80),
      reasons: '持证养老护理员比例未达到要求；长护险服务项目价格未在服务场所公示',
      rectification: '组织护理员参加职业技能等级认定；在一楼大厅公示长护险服务项目与价格',
    },
    t,
  );

  // The clinic's 医保 application, in draft: the licence scanned, the rest still to come.
  const medical = createApplication(ctx, { kind: 'medical', title: '医保定点申请（内设医务室）' });
  attachMaterial(ctx, { id: medical.id, key: 'licence', attachmentId: demoScan(ctx, '医疗机构备案凭证.pdf') }, defs.medical);

  // 长护险 levels: about a dozen residents, mostly 重度失能; one conclusion expires in 20 days.
  const residents = ctx.db
    .prepare(`SELECT id FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL ORDER BY payment_type = 'ltci' DESC, id LIMIT 12`)
    .pluck()
    .all() as number[];
  residents.forEach((residentId, i) => {
    const level = i === 0 ? 4 : rng.weighted([[1, 1], [2, 2], [3, 4], [4, 3], [5, 2]] as const);
    const assessedOn = i === 0 ? addDays(addMonths(today, -24), 21) : addDays(today, -rng.int(90, 600));
    addLtcAssessment(ctx, {
      residentId,
      level,
      assessedOn,
      agency: rng.pick(['南京市长期护理保险评估中心', '玄武区社区卫生服务中心评估组']),
      validUntil: addDays(addMonths(assessedOn, 24), -1),
      benefitFrom: addMonths(assessedOn, 1).slice(0, 8) + '01',
      note: '',
    });
  });
}
