import { daysBetween } from '../../shared/dayMath.ts';
import { CLINIC_LINK, clinicOf, defineCheck, NO_CLINIC, result, type CheckResult } from './define.ts';

const SUBJECTS = [
  ['医学影像科', 'imaging', '影像'],
  ['医学检验科', 'lab', '检验'],
] as const;

/**
 * 004 第3条 (Changning): the clinic may hold 医学影像科 or 医学检验科 on the strength of a service agreement with a
 * qualified provider. Each such subject needs an agreement in force today; one ending within 60 days is a warning.
 */
export const imagingLabByAgreement = defineCheck({
  rule: 'imagingLabByAgreement',
  domain: 'medical',
  run(v, home) {
    const clinic = clinicOf(home);
    if (!v) return [result('not_applicable', '本地区无此规定。')];
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    const held = SUBJECTS.filter(([subject]) => clinic.subjects.includes(subject));
    if (held.length === 0) return [result('not_applicable', '未开设医学影像科、医学检验科。')];
    const link = `${CLINIC_LINK}?tab=agreements`;
    return held.map(([subject, kind, word]): CheckResult => {
      const agreements = home.agreements.filter((a) => a.kind === kind);
      const current = agreements.filter((a) => a.startsOn <= home.today && a.endsOn >= home.today).sort((a, b) => (a.endsOn < b.endsOn ? 1 : -1))[0];
      if (current) {
        const left = daysBetween(home.today, current.endsOn);
        const looked = `已开设${subject}；与${current.partner}的${word}服务协议有效至 ${current.endsOn}。`;
        return left <= 60
          ? result('warning', `${looked}还有 ${left} 天到期。`, '请及时续签协议，并登记新的期限。', `${link}&agreement=${current.id}`)
          : result('ok', looked);
      }
      const last = agreements.sort((a, b) => (a.endsOn < b.endsOn ? 1 : -1))[0];
      return result(
        'violation',
        last ? `已开设${subject}；与${last.partner}的${word}服务协议${last.endsOn < home.today ? `已于 ${last.endsOn} 到期` : `自 ${last.startsOn} 起才生效`}。` : `已开设${subject}，但未登记与有资质机构签订的${word}服务协议。`,
        `${subject}须以与有资质的${word}服务机构签署的服务协议为核准依据：请登记有效的协议，或停开该科目。`,
        last ? `${link}&agreement=${last.id}` : link,
      );
    });
  },
});
