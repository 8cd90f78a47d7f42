import { applications, currentLtcLevels } from '../../designation/queries.ts';
import { APPLICATION_KINDS, APPLICATION_STATUS, ltcLevelLabel } from '../../designation/schema.ts';
import { definePackSection } from '../define.ts';

/**
 * 医保: the clinic's 医保定点 and the home's 长护险定点 — status, agreement and its dates — and the residents with a
 * 长护险 失能等级, with its validity at the period's end.
 */
export const medicalInsuranceSection = definePackSection({
  key: 'medical-insurance',
  authority: '医保',
  title: '医保定点、长护险定点与失能等级',
  build(ctx, period) {
    const end = period.to < ctx.today ? period.to : ctx.today;
    const apps = applications(ctx.db);
    const current = (kind: 'medical' | 'ltc') => apps.filter((a) => a.kind === kind).at(-1);
    const status = (kind: 'medical' | 'ltc') => {
      const a = current(kind);
      if (!a) return '未申请';
      return a.agreementNo ? `${APPLICATION_STATUS[a.status]}（协议 ${a.agreementNo}，${a.agreementFrom} 至 ${a.agreementTo}）` : APPLICATION_STATUS[a.status];
    };
    const levels = currentLtcLevels(ctx.db).filter((r) => r.assessedOn <= end);
    const valid = levels.filter((r) => r.validUntil >= end);
    return {
      figures: [
        { label: '医保定点（内设医疗机构）', value: status('medical'), unit: '', basis: '最近一份医保定点申请的状态与协议' },
        { label: '长护险定点护理服务机构', value: status('ltc'), unit: '', basis: '最近一份长护险定点申请的状态与协议' },
        { label: '有长护险失能等级的在院老人', value: levels.length, unit: '人', basis: `评估机构结论，评估日期不晚于 ${end}`, trace: 'ltc' },
        { label: '其中结论在有效期内', value: valid.length, unit: '人', basis: `有效期至不早于 ${end}`, trace: 'ltc' },
      ],
      tables: [
        {
          title: '定点申请与协议',
          columns: ['类别', '编号', '状态', '提交', '受理', '结论', '协议编号', '协议期限'],
          rows: apps.map((a) => [
            APPLICATION_KINDS[a.kind],
            a.id,
            APPLICATION_STATUS[a.status],
            a.submittedOn ?? '',
            a.acceptedOn ?? '',
            a.outcomeOn ?? '',
            a.agreementNo,
            a.agreementFrom ? `${a.agreementFrom} 至 ${a.agreementTo}` : '',
          ]),
        },
      ],
      traces: [
        {
          key: 'ltc',
          title: `长护险失能等级（${end}）`,
          columns: ['床位', '姓名', '失能等级', '评估日期', '评估机构', '有效期至', '待遇起始'],
          rows: levels.map((r) => [r.bedLabel, r.residentName, ltcLevelLabel(r.level), r.assessedOn, r.agency, r.validUntil, r.benefitFrom ?? '']),
        },
      ],
      notes: [],
    };
  },
});
