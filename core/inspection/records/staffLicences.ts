import { activeStaff } from '../../clinic/queries.ts';
import { clinicProfile } from '../../clinic/queries.ts';
import { LICENCE_REMIND_DAYS, PROFESSIONS } from '../../clinic/schema.ts';
import { defineRecordCheck, EVIDENCE_LIMIT, outcome } from '../define.ts';

/**
 * 卫健: the clinic's staff at work hold licences in force (expiring today is still in force: 需注意; expired yesterday:
 * 不符合), and those practising here on a 多点执业 basis name their primary site (004 第2条).
 */
export const staffLicences = defineRecordCheck({
  key: 'staffLicences',
  label: '医务人员执业证书有效、执业地点已登记',
  authority: '卫健',
  basis: '004 第2条（医务室医师以本机构为主执业点，多点执业医师可补充诊疗科目）；参考资料 §4.3、§6.2 卫健：医务人员执业资格',
  gather: (db, env) => ({ hasClinic: clinicProfile(db)?.type != null, staff: activeStaff(db, env.today) }),
  judge(f, env) {
    if (f.staff.length === 0) {
      return f.hasClinic
        ? outcome('fail', '医务室已登记，但没有在岗医务人员', '在“人员与执照”中登记医务室的医师、护士及其执业证书', '#/clinic/staff')
        : outcome('na', '本机构未登记内设医疗机构，也没有登记医务人员');
    }
    const words = (s: (typeof f.staff)[number]) => `${PROFESSIONS[s.profession]} ${s.name}（${s.licenceNo}）`;
    type Problem = { s: (typeof f.staff)[number]; level: 'fail' | 'attention'; text: string };
    const problems = f.staff.flatMap((s): Problem[] => {
      if (s.issuedOn > env.today) return [{ s, level: 'fail', text: `${words(s)}：证书 ${s.issuedOn} 才发证` }];
      if (s.daysLeft !== null && s.daysLeft < 0) return [{ s, level: 'fail', text: `${words(s)}：执业证书已于 ${s.expiresOn} 过期` }];
      if (s.practiceSite === 'multi' && s.primarySiteName.trim() === '') return [{ s, level: 'fail', text: `${words(s)}：多点执业，未登记主执业机构` }];
      if (s.daysLeft !== null && s.daysLeft <= LICENCE_REMIND_DAYS[0]!)
        return [{ s, level: 'attention', text: `${words(s)}：执业证书${s.daysLeft === 0 ? '今天到期' : `${s.daysLeft} 天后到期（${s.expiresOn}）`}` }];
      return [];
    });
    const failed = problems.filter((p) => p.level === 'fail').length;
    const soon = problems.length - failed;
    if (problems.length === 0) return outcome('pass', `在岗医务人员 ${f.staff.length} 人，执业证书均在有效期内`);
    const evidence = problems
      .sort((a, b) => (a.level === b.level ? 0 : a.level === 'fail' ? -1 : 1))
      .slice(0, EVIDENCE_LIMIT)
      .map((p) => ({ text: p.text, link: `#/clinic/staff?id=${p.s.id}` }));
    return outcome(
      failed > 0 ? 'fail' : 'attention',
      `在岗医务人员 ${f.staff.length} 人：${[failed > 0 && `${failed} 人证书无效或执业地点未登记`, soon > 0 && `${soon} 人证书 ${LICENCE_REMIND_DAYS[0]} 天内到期`].filter(Boolean).join('，')}`,
      failed > 0 ? '证书过期的人员在换证前不得执业；办理延续注册后在“人员与执照”中更新有效期' : '提前办理执业证书的延续注册，换证后更新有效期',
      evidence[0]!.link,
      evidence,
      problems.length - evidence.length,
    );
  },
});
