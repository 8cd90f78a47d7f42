import { EXAMINERS } from '../../exams/access.ts';
import { examDeadlines } from '../../exams/queries.ts';
import { defineDeadlineSource } from '../define.ts';

/**
 * 年度体检到期: residents aged 65+ without this period's exam (国家基本公共卫生服务 老年人健康管理, once a year), due
 * on the last day of the period the profile's annualExamPeriod reads “a year” as. The clinic examines; the director
 * oversees.
 */
export const annualExamDue = defineDeadlineSource({
  key: 'exam',
  roles: EXAMINERS,
  read: (db, today) =>
    examDeadlines(db, today).map((r) => ({
      id: r.residentId,
      kind: '年度体检',
      due: r.dueOn,
      title: `${r.bedLabel} 床 ${r.name}（${r.age} 岁）`,
      todo: r.lastExamOn === null ? '在本院从未体检：安排年度健康体检' : `上次体检 ${r.lastExamOn}：安排本年度健康体检`,
      link: `/residents/${r.residentId}/record`,
    })),
});
