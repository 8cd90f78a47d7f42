import { feeTotalsBetween, insuredLinesNamed } from '../../encounters/queries.ts';
import { FEE_CATEGORIES, FEE_ITEMS } from '../../encounters/schema.ts';
import { requireInstitution } from '../../institution/queries.ts';
import { citeText, findProfile } from '../../policy/queries.ts';
import { definePackSection, type SectionTrace } from '../define.ts';
import { periodEnd, yuan } from './format.ts';
import { medicalInsuranceSection } from './medicalInsurance.ts';

/** The catalogue's 生活照护 items: a line billed to the fund under one of these names or codes is a care item. */
const CARE_ITEMS = FEE_ITEMS.filter((i) => i.category === 'care');

/**
 * 医保: what the clinic billed in the period, medical items (of which billed to the fund) against care items, and the
 * check that no 生活照护 item went to the fund (002 (十八); the profile's insurancePaysMedicalOnly). The form makes
 * a care line insured impossible; a care item can still reach the fund typed in by hand as a medical line, which is
 * what the check finds, naming each line. Designation status and 长护险 levels are the designation area's section.
 */
export const insuranceBillingSection = definePackSection({
  key: 'insurance-billing',
  authority: '医保',
  title: '医疗项目与生活照护项目收费',
  build(ctx, period) {
    const end = periodEnd(period, ctx.today);
    const range = `${period.from} 至 ${end}`;
    const fees = feeTotalsBetween(ctx.db, period.from, end);
    const sum = (pick: (f: (typeof fees)[number]) => boolean) => fees.filter(pick).reduce((s, f) => s + f.fen, 0);
    const medical = sum((f) => f.category === 'medical');
    const medicalInsured = sum((f) => f.category === 'medical' && f.insured);
    const care = sum((f) => f.category === 'care');
    const wrong = insuredLinesNamed(
      ctx.db,
      period.from,
      end,
      CARE_ITEMS.map((i) => i.name),
      CARE_ITEMS.map((i) => i.code),
    );
    const profile = findProfile(requireInstitution(ctx.db).regionCode) ?? findProfile('national')!;
    const rule = profile.rules.insurancePaysMedicalOnly;
    const cite = rule ? citeText(rule.cite) : '002 （十八）';

    const traces: SectionTrace[] = [
      {
        key: 'items',
        title: `收费项目汇总（${range}）`,
        columns: ['项目', '类别', '记入医保', '数量', '金额（元）'],
        rows: fees.map((f) => [f.name, FEE_CATEGORIES[f.category], f.insured ? '是' : '否', f.quantity, yuan(f.fen)]),
      },
      {
        key: 'care-to-fund',
        title: '记入医保的生活照护项目（违规）',
        columns: ['日期', '床位', '姓名', '项目', '登记类别', '金额（元）', '诊疗记录号'],
        rows: wrong.map((w) => [w.date, w.bedLabel, w.residentName, w.name, FEE_CATEGORIES[w.category], yuan(w.amountFen), w.encounterId]),
      },
    ];
    const wrongFen = wrong.reduce((s, w) => s + w.amountFen, 0);
    const mislabelled = wrong.filter((w) => w.category === 'medical').reduce((s, w) => s + w.amountFen, 0);
    return {
      figures: [
        { label: '医疗项目收费', value: yuan(medical), unit: '元', basis: `收费日期在 ${range} 的医疗项目（不含已删除的诊疗记录）`, trace: 'items' },
        { label: '其中记入医保', value: yuan(medicalInsured), unit: '元', basis: '登记为医保支付的医疗项目', trace: 'items' },
        { label: '其中自费', value: yuan(medical - medicalInsured), unit: '元', basis: '医疗项目中未记入医保的部分', trace: 'items' },
        { label: '生活照护项目收费', value: yuan(care), unit: '元', basis: '协助进食、洗浴、失禁护理等生活照护项目，单独收费', trace: 'items' },
        {
          label: '生活照护项目记入医保',
          value: wrong.length,
          unit: '条',
          basis: `应为 0：${rule ? `${cite} 医保基金不得用于支付生活照护等养老服务费用` : '医保只支付医疗服务'}；按收费目录的生活照护项目名称核对记入医保的每一条收费`,
          trace: 'care-to-fund',
        },
      ],
      tables: [
        {
          title: '医疗项目与生活照护项目',
          columns: ['类别', '金额（元）', '其中记入医保（元）'],
          rows: [
            [FEE_CATEGORIES.medical, yuan(medical), yuan(medicalInsured)],
            [FEE_CATEGORIES.care, yuan(care), yuan(sum((f) => f.category === 'care' && f.insured))],
            ['其中按医疗项目登记的生活照护项目', yuan(mislabelled), yuan(mislabelled)],
          ],
        },
      ],
      traces,
      notes: [
        ...(fees.length === 0 ? ['本期没有收费记录，以上各项均为 0。'] : []),
        `定点状态、协议期限与长护险失能等级见“${medicalInsuranceSection.authority}：${medicalInsuranceSection.title}”部分。`,
        ...(wrong.length === 0
          ? [`核对：本期没有生活照护项目记入医保（${cite}）。`]
          : [
              `违规：本期有 ${wrong.length} 条生活照护项目记入医保，合计 ${yuan(wrongFen)} 元（${wrong
                .slice(0, 5)
                .map((w) => `${w.date} ${w.residentName} ${w.name}`)
                .join('；')}${wrong.length > 5 ? ' 等' : ''}）。医保基金不得支付生活照护费用（${cite}）：请在诊疗记录中改为生活照护项目自费，并向医保经办机构说明、退回已结算的费用。`,
            ]),
      ],
    };
  },
});
