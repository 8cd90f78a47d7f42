import { describe, expect, it } from 'vitest';
import { findProfile } from '../queries.ts';
import type { Finding, RuleKey } from '../schema.ts';
import { runChecks } from './registry.ts';
import type { CentreFacts, ClinicFacts, HomeData, RoomFacts, StaffFacts } from './home.ts';

const TODAY = '2026-11-23';

const clinic = (over: Partial<ClinicFacts> = {}): ClinicFacts => ({
  type: '医务室',
  name: '颐养院医务室',
  filingKind: '备案凭证',
  filingNo: '宁卫医备 2020-017',
  filingDate: '2020-03-01',
  openedOn: '2020-04-01',
  subjects: ['全科', '内科'],
  medicalAlliance: '鼓楼医院医联体',
  nearMedicalInstitution: '',
  areasSeparated: true,
  separationNote: '',
  ...over,
});

let nextId = 1;
const staff = (profession: StaffFacts['profession'], over: Partial<StaffFacts> = {}): StaffFacts => ({
  id: nextId++,
  name: `人员${nextId}`,
  profession,
  practiceSite: 'primary',
  yearsOfPractice: 10,
  issuedOn: '2020-01-01',
  expiresOn: null,
  daysLeft: null,
  ...over,
});

const room = (kind: RoomFacts['kind'], areaM2: number): RoomFacts => ({ id: nextId++, kind, name: `${kind}-${nextId}`, areaM2 });

/** A home whose 医务室 meets every clinic rule, to change one thing at a time. */
function home(over: Partial<HomeData> = {}): HomeData {
  return {
    today: TODAY,
    licensedBeds: 120,
    clinic: clinic(),
    rooms: [room('treatment', 12), room('disposal', 10), room('infusion', 16)],
    agreements: [],
    staff: [staff('physician'), staff('nurse')],
    encounters: null,
    stock: null,
    waste: null,
    infection: null,
    designation: null,
    centre: null,
    ...over,
  };
}

function findings(profile: string, data: HomeData, rule: RuleKey): Finding[] {
  return runChecks(findProfile(profile)!, data).filter((f) => f.rule === rule);
}
const statuses = (profile: string, data: HomeData, rule: RuleKey) => findings(profile, data, rule).map((f) => f.status);
const status = (profile: string, data: HomeData, rule: RuleKey) => {
  const s = statuses(profile, data, rule);
  expect(s.length, `${profile} ${rule}`).toBe(1);
  return s[0];
};

describe('内设医疗机构与床位 (clinicByBeds)', () => {
  const none = (beds: number, over: Partial<HomeData> = {}) => home({ licensedBeds: beds, clinic: null, ...over });

  it('Changning (004 第1条): 99 beds may; 100 and 101 must, unless next to a medical institution', () => {
    expect(status('changning', none(99), 'clinicByBeds')).toBe('not_applicable');
    expect(status('changning', none(100), 'clinicByBeds')).toBe('violation');
    expect(status('changning', none(101), 'clinicByBeds')).toBe('violation');
    const near = none(100, { clinic: clinic({ type: null, nearMedicalInstitution: '长宁区天山中医医院' }) });
    expect(status('changning', near, 'clinicByBeds')).toBe('ok');
    const f = findings('changning', none(100), 'clinicByBeds')[0]!;
    expect(f).toMatchObject({ authority: '民政', profile: '上海市长宁区', link: '#/clinic' });
    expect(f.cite).toContain('长民〔2025〕2号');
    expect(f.cite).toContain('第1条');
    expect(f.quote).toContain('100张及以上床位');
    expect(f.fix).toContain('备案');
  });

  it('Maoming (002 (一)): 199 beds may; from 200 must, and a 诊所 is not among the types then', () => {
    expect(status('maoming', none(199), 'clinicByBeds')).toBe('not_applicable');
    expect(status('maoming', none(200), 'clinicByBeds')).toBe('violation');
    expect(status('maoming', none(201), 'clinicByBeds')).toBe('violation');
    expect(status('maoming', home({ licensedBeds: 199, clinic: clinic({ type: '诊所' }) }), 'clinicByBeds')).toBe('ok');
    expect(status('maoming', home({ licensedBeds: 200, clinic: clinic({ type: '诊所' }) }), 'clinicByBeds')).toBe('warning');
    expect(status('maoming', home({ licensedBeds: 200 }), 'clinicByBeds')).toBe('ok');
  });

  it('national, Nanjing and Jinan set no threshold: a clinic is encouraged at any size, not required', () => {
    for (const code of ['national', 'nanjing', 'jinan']) {
      expect(status(code, none(30), 'clinicByBeds')).toBe('not_applicable');
      expect(status(code, none(300), 'clinicByBeds')).toBe('not_applicable');
      expect(findings(code, none(300), 'clinicByBeds')[0]!.looked).toMatch(/^政策鼓励养老机构内设医疗机构/);
    }
  });

  it('a clinic without its 备案 number is missing data', () => {
    expect(status('changning', home({ licensedBeds: 120, clinic: clinic({ filingNo: '' }) }), 'clinicByBeds')).toBe('missing_data');
  });
});

describe('最低人员配置 (clinicMinimumStaff, 国卫医发〔2014〕57号)', () => {
  it('a 医务室 physician counts from 5 years of practice: 4 is a violation, 5 is ok, in every profile', () => {
    for (const code of ['national', 'changning', 'maoming', 'nanjing', 'jinan']) {
      expect(status(code, home({ staff: [staff('physician', { yearsOfPractice: 4 }), staff('nurse')] }), 'clinicMinimumStaff')).toBe('violation');
      expect(status(code, home({ staff: [staff('physician', { yearsOfPractice: 5 }), staff('nurse')] }), 'clinicMinimumStaff')).toBe('ok');
    }
  });

  it('a 医务室 needs a registered nurse; a licence expired yesterday does not count', () => {
    expect(status('national', home({ staff: [staff('physician')] }), 'clinicMinimumStaff')).toBe('violation');
    const expired = staff('nurse', { expiresOn: '2026-11-22', daysLeft: -1 });
    const f = findings('national', home({ staff: [staff('physician'), expired] }), 'clinicMinimumStaff');
    expect(f.map((x) => x.status)).toEqual(['violation', 'violation']);
    expect(f[1]!.link).toBe(`#/clinic/staff?id=${expired.id}`);
    expect(f[1]!.looked).toContain('已于 2026-11-22 过期');
  });

  it('a licence expiring within 60 days is a warning of its own; at 61 days it is not', () => {
    const at = (days: number) => statuses('national', home({ staff: [staff('physician'), staff('nurse', { expiresOn: 'x', daysLeft: days })] }), 'clinicMinimumStaff');
    expect(at(61)).toEqual(['ok']);
    expect(at(60)).toEqual(['warning', 'ok']);
    expect(at(0)).toEqual(['warning', 'ok']);
  });

  it('a 护理站 needs 2 nurses and a rehabilitation therapist, no physician', () => {
    const station = (nurses: number, therapists: number) =>
      home({ clinic: clinic({ type: '护理站' }), staff: [...Array.from({ length: nurses }, () => staff('nurse')), ...Array.from({ length: therapists }, () => staff('therapist'))] });
    expect(status('national', station(1, 1), 'clinicMinimumStaff')).toBe('violation');
    expect(status('national', station(2, 0), 'clinicMinimumStaff')).toBe('violation');
    expect(status('national', station(2, 1), 'clinicMinimumStaff')).toBe('ok');
  });

  it('types whose standard the app does not hold are not judged; no clinic, nothing to judge', () => {
    expect(status('national', home({ clinic: clinic({ type: '门诊部' }) }), 'clinicMinimumStaff')).toBe('not_applicable');
    expect(status('national', home({ clinic: null }), 'clinicMinimumStaff')).toBe('not_applicable');
  });
});

describe('房屋 (clinicRooms)', () => {
  it('治疗室 and 处置室 need 10 m²: 9.9 is a violation naming the room, 10 is ok', () => {
    const disposal = room('disposal', 9.9);
    const f = findings('national', home({ rooms: [room('treatment', 10), disposal] }), 'clinicRooms');
    expect(f.map((x) => x.status)).toEqual(['violation']);
    expect(f[0]!.link).toBe(`#/clinic?tab=rooms&room=${disposal.id}`);
    expect(f[0]!.looked).toContain('9.9 平方米，不足 10 平方米');
    expect(status('national', home({ rooms: [room('treatment', 10), room('disposal', 10)] }), 'clinicRooms')).toBe('ok');
  });

  it('an observation room is optional, but at least 15 m² when there is one', () => {
    const base = [room('treatment', 10), room('disposal', 10)];
    expect(status('national', home({ rooms: [...base, room('observation', 14.9)] }), 'clinicRooms')).toBe('violation');
    expect(status('national', home({ rooms: [...base, room('observation', 15)] }), 'clinicRooms')).toBe('ok');
  });

  it('a missing 治疗室 is a violation', () => {
    expect(status('national', home({ rooms: [room('disposal', 10)] }), 'clinicRooms')).toBe('violation');
  });
});

describe('主执业点医师 (physicianPrimarySite, 004 第2条)', () => {
  const multiOnly = () => home({ staff: [staff('physician', { practiceSite: 'multi' }), staff('nurse')] });

  it('Changning: a 医务室 whose one physician is 多点执业 only is a violation; a 主执业点 physician is ok', () => {
    expect(status('changning', multiOnly(), 'physicianPrimarySite')).toBe('violation');
    expect(status('changning', home(), 'physicianPrimarySite')).toBe('ok');
    expect(findings('changning', multiOnly(), 'physicianPrimarySite')[0]!.fix).toContain('多点执业医师只能作为诊疗科目的核准依据');
  });

  it('elsewhere the rule is not in the profile: the 多点执业 physician still makes the minimum staff', () => {
    for (const code of ['national', 'maoming', 'nanjing', 'jinan']) {
      expect(statuses(code, multiOnly(), 'physicianPrimarySite')).toEqual([]);
      expect(status(code, multiOnly(), 'clinicMinimumStaff')).toBe('ok');
    }
  });
});

describe('影像、检验科目凭协议 (imagingLabByAgreement, 004 第3条)', () => {
  const withLab = (agreements: HomeData['agreements']) => home({ clinic: clinic({ subjects: ['全科', '医学检验科'] }), agreements });
  const lab = (startsOn: string, endsOn: string) => ({ id: nextId++, kind: 'lab' as const, partner: '迪安检验', startsOn, endsOn });

  it('Changning: 医学检验科 with an agreement in force is ok; without one, or after it ended, a violation', () => {
    expect(status('changning', withLab([lab('2026-01-01', '2027-12-31')]), 'imagingLabByAgreement')).toBe('ok');
    expect(status('changning', withLab([]), 'imagingLabByAgreement')).toBe('violation');
    expect(status('changning', withLab([lab('2025-01-01', '2026-11-22')]), 'imagingLabByAgreement')).toBe('violation');
    expect(status('changning', withLab([lab('2025-01-01', '2026-11-23')]), 'imagingLabByAgreement')).toBe('warning');
    expect(status('changning', home(), 'imagingLabByAgreement')).toBe('not_applicable');
  });

  it('the other profiles have no such rule', () => {
    for (const code of ['national', 'maoming', 'nanjing', 'jinan']) expect(statuses(code, withLab([]), 'imagingLabByAgreement')).toEqual([]);
  });
});

describe('输液室 (infusionRoom, 004 第3条)', () => {
  const encounters = (infusions: number): HomeData['encounters'] => ({
    since: '2026-10-25',
    bedsideRounds: 0,
    visitFeesSince: '2025-11-24',
    bedsideVisitFeeCount: 0,
    bedsideWithVisitFee: [],
    infusionsSince: '2026-08-25',
    infusions,
    lastInfusion: infusions ? { id: 9, date: '2026-11-20', resident: '张秀英' } : null,
    medicalFen: 0,
    medicalInsuredFen: 0,
    careFen: 0,
    careInsured: [],
  });
  const noRoom = [room('treatment', 12), room('disposal', 10)];

  it('Changning: infusions without an 输液室 are a violation; with one, or with no infusions, ok', () => {
    expect(status('changning', home({ rooms: noRoom, encounters: encounters(2) }), 'infusionRoom')).toBe('violation');
    expect(status('changning', home({ rooms: noRoom, encounters: encounters(0) }), 'infusionRoom')).toBe('ok');
    expect(status('changning', home({ encounters: encounters(2) }), 'infusionRoom')).toBe('ok');
  });
});

describe('其他规定', () => {
  it('medical insurance: may apply from 3 months after formal operation (002 (十八), 004 第14条)', () => {
    expect(status('changning', home({ clinic: clinic({ openedOn: '2026-08-23' }) }), 'medicalInsuranceDesignation')).toBe('ok');
    expect(status('changning', home({ clinic: clinic({ openedOn: '2026-08-24' }) }), 'medicalInsuranceDesignation')).toBe('not_applicable');
    expect(status('national', home({ clinic: clinic({ openedOn: null }) }), 'medicalInsuranceDesignation')).toBe('missing_data');
    expect(findings('jinan', home(), 'medicalInsuranceDesignation')[0]!.authority).toBe('医保');
  });

  it('医联体: not recorded is a warning (001 (五); Nanjing 000 二(三))', () => {
    expect(status('nanjing', home({ clinic: clinic({ medicalAlliance: '' }) }), 'medicalAlliance')).toBe('warning');
    expect(findings('nanjing', home(), 'medicalAlliance')[0]!.cite).toContain('宁政办发〔2022〕1号');
    expect(findings('maoming', home(), 'medicalAlliance')[0]!.cite).toContain('国卫老龄发〔2022〕25号');
  });

  it('separation of medical and living areas (001 (十五))', () => {
    expect(status('national', home({ clinic: clinic({ areasSeparated: false }) }), 'infectionControlSeparation')).toBe('violation');
    expect(status('national', home(), 'infectionControlSeparation')).toBe('ok');
  });

  it('records kept elsewhere are missing data, saying what to check on paper', () => {
    const f = findings('jinan', home(), 'familyDoctorCoverage')[0]!;
    expect(f.status).toBe('missing_data');
    expect(f.fix).toContain('不低于 85%');
  });

  describe('the contracted centre (core/agreements, core/signings)', () => {
    const centre = (over: Partial<CentreFacts> = {}): CentreFacts => ({
      inForce: { id: 1, partner: '鼓楼社区卫生服务中心', endsOn: '2027-06-30' },
      recentWeeks: { from: '2026-10-19', to: '2026-11-15', gaps: [] },
      aged65: { residents: 20, signed: 17 },
      homeBeds: { open: 0, short: [] },
      ...over,
    });
    it('family-doctor coverage against 济南’s 85% in whole numbers: 17 of 20 met, 16 of 20 not (003 第3条)', () => {
      expect(status('jinan', home({ centre: centre() }), 'familyDoctorCoverage')).toBe('ok');
      const short = findings('jinan', home({ centre: centre({ aged65: { residents: 20, signed: 16 } }) }), 'familyDoctorCoverage')[0]!;
      expect(short.status).toBe('violation');
      expect(short.looked).toContain('16 人（80%）');
      expect(status('jinan', home({ centre: centre({ aged65: { residents: 0, signed: 0 } }) }), 'familyDoctorCoverage')).toBe('not_applicable');
      // 南京 sets a principle (应签尽签), not a number: one unsigned is a warning, not a violation.
      expect(status('nanjing', home({ centre: centre() }), 'familyDoctorCoverage')).toBe('warning');
      expect(status('nanjing', home({ centre: centre({ aged65: { residents: 20, signed: 20 } }) }), 'familyDoctorCoverage')).toBe('ok');
    });
    it('the centre’s weekly visits: the 服务到位 gaps of the last four whole weeks, or no agreement in force (南京 000 三（二）)', () => {
      expect(status('nanjing', home({ centre: centre() }), 'centreVisitFrequency')).toBe('ok');
      const gap = findings('nanjing', home({ centre: centre({ recentWeeks: { from: '2026-10-19', to: '2026-11-15', gaps: ['第 45 周 来访 1 次，少于每周 2 次'] } }) }), 'centreVisitFrequency')[0]!;
      expect(gap.status).toBe('violation');
      expect(gap.looked).toContain('第 45 周');
      expect(status('nanjing', home({ centre: centre({ inForce: null, recentWeeks: null }) }), 'centreVisitFrequency')).toBe('violation');
    });
    it('家庭病床: each open bed against 2 visits a week; none open is not applicable (南京 000 三（二）)', () => {
      expect(status('nanjing', home({ centre: centre() }), 'homeBedVisits')).toBe('not_applicable');
      expect(status('nanjing', home({ centre: centre({ homeBeds: { open: 2, short: [] } }) }), 'homeBedVisits')).toBe('ok');
      const short = findings('nanjing', home({ centre: centre({ homeBeds: { open: 2, short: [{ id: 3, resident: '201-1 王秀兰', visits: 3, expected: 4 }] } }) }), 'homeBedVisits')[0]!;
      expect(short.status).toBe('violation');
      expect(short.looked).toContain('201-1 王秀兰 应上门 4 次、实际 3 次');
    });
  });

  it('every finding carries its profile, clause and authority; values the reference could not confirm say so', () => {
    for (const f of runChecks(findProfile('changning')!, home())) {
      expect(f.cite).toMatch(/^《.+》（.+）.+/);
      expect(['民政', '卫健', '医保']).toContain(f.authority);
      expect(f.profile).toMatch(/全国通用|上海市长宁区/);
    }
    expect(findings('national', home(), 'clinicMinimumStaff')[0]!.note).toContain('发布前须与正式文本核对');
  });
});
