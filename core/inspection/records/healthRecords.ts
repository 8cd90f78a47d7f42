import dayjs from 'dayjs';
import { recordsNotStarted, residentsWithAllergies } from '../../records/queries.ts';
import { examDueList, examPeriod } from '../../exams/queries.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome, recordLink } from '../define.ts';

/**
 * 民政 / 卫健: every resident in residence has a health record that has been started (history or conditions
 * recorded), and the residents aged 65+ have this period's annual exam (the profile's annualExamPeriod). An exam not
 * yet done in a calendar year that is still running is 需注意, not 不符合: the year is not over.
 */
export const healthRecords = defineRecordCheck({
  key: 'healthRecords',
  label: '健康档案建立，65 岁以上老人年度体检',
  authority: '民政',
  basis: '《养老机构管理办法》（民政部令第66号）第十九条：建立健康档案；国家基本公共卫生服务规范（第三版）老年人健康管理；参考资料 §6.2 民政：健康档案',
  gather(db, env) {
    const exams = examDueList(db, { floor: null, q: '', limit: EVIDENCE_LIMIT, offset: 0 }, env.today);
    return { notStarted: recordsNotStarted(db, EVIDENCE_LIMIT), withAllergies: residentsWithAllergies(db), exams, period: examPeriod(db) };
  },
  judge(f, env) {
    const extra = { unverified: f.period.unverified, note: f.period.note };
    const allergyNote = `登记有过敏史的老人 ${f.withAllergies} 位；没有过敏条目的老人按“无已知过敏”看待（档案中没有“已询问、无过敏”的单独登记，无法区分未询问）`;
    const examWords = `65 岁及以上 ${f.exams.eligible} 位，本期（${f.exams.since} 起）已体检 ${f.exams.done} 位`;
    const evidence = [
      ...f.notStarted.first.map((r) => ({ text: `${r.bedLabel} ${r.name}：${r.admittedOn} 入住，健康档案未登记既往史或疾病`, link: recordLink(r.residentId) })),
      ...f.exams.rows.map((r) => ({ text: `${r.bedLabel} ${r.name}（${r.age} 岁）：${r.lastExamOn ? `上次体检 ${r.lastExamOn}` : '在院期间未体检'}`, link: recordLink(r.residentId) })),
    ];
    const more = f.notStarted.count + f.exams.total - evidence.length;
    const summary = [
      f.notStarted.count > 0 ? `${f.notStarted.count} 位老人的健康档案尚未建立（无既往史、无疾病登记）` : '在院老人的健康档案均已建立',
      `${examWords}${f.exams.total > 0 ? `，${f.exams.total} 位待检` : ''}`,
      allergyNote,
    ].join('；');
    const running = f.period.mode === 'calendar-year' && dayjs(env.today).month() < 11;
    const status = f.notStarted.count > 0 ? 'fail' : f.exams.total === 0 ? 'pass' : running ? 'attention' : 'fail';
    const fix = [
      f.notStarted.count > 0 && '打开老人的健康档案，登记既往史、慢性病和过敏史',
      f.exams.total > 0 && `安排待检老人的年度体检（${running ? '本年度尚未结束，年底前完成' : '已超过一年'}）`,
    ]
      .filter(Boolean)
      .join('；');
    return { ...outcome(status, summary, fix, f.notStarted.count > 0 ? evidence[0]!.link : '#/care', evidence, more), ...extra };
  },
});
