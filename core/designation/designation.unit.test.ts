import { describe, expect, it } from 'vitest';
import { findProfile } from '../policy/queries.ts';
import { runChecks } from '../policy/checks/registry.ts';
import type { DesignationFacts, HomeData } from '../policy/checks/home.ts';
import { addWorkingDays, dayKind, workingDaysBetween } from './workingDays.ts';
import { evaluationClock } from './clock.ts';
import { judgeEligibility } from './eligibility.ts';
import { barEnds } from './schema.ts';

const national = findProfile('national')!;

const facts = (over: Partial<DesignationFacts> = {}): DesignationFacts => ({
  insurancePrincipal: '院长甲',
  insuranceAdministrator: '文员乙',
  insuranceDepartment: true,
  infoVendor: '某医保接口',
  infoDeclaredOn: '2026-09-01',
  infoDirectSettlement: true,
  infoNationalCodes: true,
  billingSeparated: true,
  rules: ['医保管理制度', '财务制度', '统计信息管理制度', '医疗质量安全核心制度'].map((title, i) => ({ id: i + 1, title, version: 'V1', adoptedOn: '2026-08-01' })),
  bars: [],
  failedEvaluations: [],
  ...over,
});

function home(today: string, openedOn: string, over: Partial<HomeData> = {}): HomeData {
  return {
    today,
    licensedBeds: 120,
    clinic: {
      type: '医务室',
      name: '颐养院医务室',
      filingKind: '备案凭证',
      filingNo: '测 001',
      filingDate: openedOn,
      openedOn,
      subjects: ['全科'],
      medicalAlliance: '某医联体',
      nearMedicalInstitution: '',
      areasSeparated: true,
      separationNote: '',
    },
    rooms: [],
    agreements: [],
    staff: [{ id: 1, name: '陈医生', profession: 'physician', practiceSite: 'primary', yearsOfPractice: 10, issuedOn: '2020-01-01', expiresOn: null, daysLeft: null }],
    encounters: null,
    stock: null,
    waste: null,
    infection: null,
    centre: null,
    designation: facts(),
    ...over,
  };
}

const judge = (h: HomeData) => judgeEligibility(runChecks(national, h), national, h.clinic?.openedOn ?? null, h.designation, h.today);

describe('医保定点：正式运营满 3 个月（月末按该月最后一日）', () => {
  it('2 months 30 days is not yet; 3 months is, and the screen is told from when', () => {
    // Opened 05-01: 2 months 30 days later is 07-31, 3 months later 08-01.
    const before = judge(home('2026-07-31', '2026-05-01'));
    expect(before.eligible).toBe(false);
    expect(before.eligibleFrom).toBe('2026-08-01');
    expect(before.reasons.join()).toContain('最早 2026-08-01 可以申请');
    const on = judge(home('2026-08-01', '2026-05-01'));
    expect(on.eligible).toBe(true);
    expect(on.reasons).toEqual([]);
  });

  it('opened on 11-30: eligible from 02-28, or 02-29 in a leap year, not a day before', () => {
    expect(judge(home('2027-02-27', '2026-11-30')).eligibleFrom).toBe('2027-02-28');
    expect(judge(home('2027-02-28', '2026-11-30')).eligible).toBe(true);
    expect(judge(home('2028-02-28', '2027-11-30')).eligibleFrom).toBe('2028-02-29');
    expect(judge(home('2028-02-29', '2027-11-30')).eligible).toBe(true);
    // 08-31 + 3 months = 11-30 (no 11-31).
    expect(judge(home('2026-11-29', '2026-08-31')).eligibleFrom).toBe('2026-11-30');
  });

  it('says every reason at once, each with a link to fix it; from-when only when time alone stands in the way', () => {
    const h = home('2026-07-31', '2026-05-01', {
      staff: [{ id: 1, name: '多点医生', profession: 'physician', practiceSite: 'multi', yearsOfPractice: 10, issuedOn: '2020-01-01', expiresOn: null, daysLeft: null }],
      designation: facts({ insurancePrincipal: '', insuranceAdministrator: '', rules: [], infoDeclaredOn: null, billingSeparated: false }),
    });
    const e = judge(h);
    expect(e.eligible).toBe(false);
    expect(e.eligibleFrom).toBeNull();
    expect(e.timeAllowsFrom).toBe('2026-08-01');
    const rules = e.items.filter((f) => f.status !== 'ok').map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['medicalInsuranceDesignation', 'designationPhysician', 'designationInsuranceStaff', 'designationRulesOnFile', 'designationInfoSystem', 'designationBillingSeparation']),
    );
    expect(e.reasons.length).toBe(6);
    expect(e.items.find((f) => f.rule === 'designationPhysician')!.looked).toContain('多点执业 1 名（不计入）');
    expect(e.items.filter((f) => f.status !== 'ok' && f.rule !== 'medicalInsuranceDesignation').every((f) => f.link)).toBe(true);
  });

  it('from 100 licensed beds a 医保 department is needed; 99 beds need none', () => {
    const noDept = facts({ insuranceDepartment: false });
    expect(judge(home('2026-11-23', '2026-01-01', { licensedBeds: 99, designation: noDept })).eligible).toBe(true);
    const e = judge(home('2026-11-23', '2026-01-01', { licensedBeds: 100, designation: noDept }));
    expect(e.eligible).toBe(false);
    expect(e.reasons.join()).toContain('医保管理部门');
  });
});

describe('不予受理与再申请', () => {
  const years = { fraud: 3, illegal_termination: 3, breach_termination: 1, principal_termination: 5 };
  it('bars last their years to the day; 失信 lasts while listed', () => {
    expect(barEnds('fraud', '2024-02-29', null, years)).toBe('2027-02-28');
    expect(barEnds('breach_termination', '2026-03-01', null, years)).toBe('2027-03-01');
    expect(barEnds('dishonest', '2026-03-01', null, years)).toBeNull();
    const barred = judge(home('2027-02-27', '2026-01-01', { designation: facts({ bars: [{ id: 1, kind: 'breach_termination', occurredOn: '2026-02-28', endedOn: null, note: '' }] }) }));
    expect(barred.eligible).toBe(false);
    expect(barred.eligibleFrom).toBe('2027-02-28');
    expect(judge(home('2027-02-28', '2026-01-01', { designation: facts({ bars: [{ id: 1, kind: 'breach_termination', occurredOn: '2026-02-28', endedOn: null, note: '' }] }) })).eligible).toBe(true);
    const listed = judge(home('2027-02-28', '2026-01-01', { designation: facts({ bars: [{ id: 1, kind: 'dishonest', occurredOn: '2026-02-28', endedOn: null, note: '' }] }) }));
    expect(listed.eligible).toBe(false);
    expect(listed.eligibleFrom).toBeNull();
  });

  it('a second failed evaluation bars a new application for one year; one failure does not', () => {
    const once = facts({ failedEvaluations: [{ id: 1, outcomeOn: '2026-03-10' }] });
    expect(judge(home('2026-11-23', '2026-01-01', { designation: once })).eligible).toBe(true);
    const twice = facts({ failedEvaluations: [{ id: 1, outcomeOn: '2026-03-10' }, { id: 2, outcomeOn: '2026-09-15' }] });
    const e = judge(home('2027-09-14', '2026-01-01', { designation: twice }));
    expect(e.eligible).toBe(false);
    expect(e.eligibleFrom).toBe('2027-09-15');
    expect(judge(home('2027-09-15', '2026-01-01', { designation: twice })).eligible).toBe(true);
  });
});

describe('工作日（国务院办公厅节假日安排）', () => {
  it('knows the 2026 holidays and the weekend days made working days', () => {
    expect(dayKind('2026-10-01')).toMatchObject({ working: false, holiday: '国庆节', known: true, unverified: false });
    expect(dayKind('2026-10-10')).toMatchObject({ working: true, holiday: null }); // 周六上班
    expect(dayKind('2026-02-14')).toMatchObject({ working: true }); // 周六上班
    expect(dayKind('2026-02-23')).toMatchObject({ working: false, holiday: '春节' }); // 周一放假
  });

  it('30 working days across the National Day holiday', () => {
    // Approved Fri 2026-09-18. Sun 09-20 is a working day; 10-01…10-07 are not; Sat 10-10 is.
    const r = addWorkingDays('2026-09-18', 30);
    expect(r.warning).toBeNull();
    // 09-20(1), 09-21..09-24 (5), 09-28..09-30 (8), 10-08,10-09,10-10 (11), 10-12..16 (16), 19..23 (21), 26..30 (26), 11-02..05 (30)
    expect(r.date).toBe('2026-11-05');
    expect(workingDaysBetween('2026-09-18', '2026-11-05').days).toBe(30);
    // Without the calendar it would have been 10-30: the holiday moves it by a week.
  });

  it('across the Spring Festival', () => {
    // Fri 2026-02-13 + 5 working days: Sat 02-14 works; 02-15…02-23 off; then 02-24, 25, 26, 27.
    expect(addWorkingDays('2026-02-13', 5).date).toBe('2026-02-27');
  });

  it('warns, never guesses in silence, past the shipped calendar or in a year marked 待核实', () => {
    const r = addWorkingDays('2027-12-20', 30);
    expect(r.warning).toContain('2028');
    expect(r.warning).toContain('尚未收录');
    expect(r.unverified).toBe(true);
    expect(addWorkingDays('2027-03-01', 3).warning).toContain('2027 年的节假日安排待核实');
  });
});

describe('评估时限（补充材料期间暂停计时）', () => {
  const limit = { unit: 'months', amount: 3 } as const;
  it('3 months from acceptance, the month-end rule included', () => {
    expect(evaluationClock('2026-11-30', limit, [], '2026-12-01').due).toBe('2027-02-28');
  });

  it('a supplement request stops the clock until it is supplied', () => {
    const c = evaluationClock('2026-06-01', limit, [{ id: 1, requestedOn: '2026-06-10', suppliedOn: '2026-06-30', note: '' }], '2026-07-01');
    expect(c.pausedDays).toBe(20);
    expect(c.due).toBe('2026-09-21');
    expect(c.paused).toBe(false);
    expect(c.daysLeft).toBe(82);
  });

  it('an open request keeps the clock stopped up to today', () => {
    const c = evaluationClock('2026-06-01', limit, [{ id: 1, requestedOn: '2026-06-10', suppliedOn: null, note: '' }], '2026-06-15');
    expect(c).toMatchObject({ paused: true, pausedDays: 5, due: '2026-09-06', daysLeft: null });
  });

  it('a stricter local limit in working days runs across a holiday, paused working days added', () => {
    const c = evaluationClock('2026-09-25', { unit: 'workingDays', amount: 5 }, [], '2026-09-25');
    // 09-28, 29, 30 (3); 10-01…07 off; 10-08, 09 (5).
    expect(c.due).toBe('2026-10-09');
    const paused = evaluationClock('2026-09-25', { unit: 'workingDays', amount: 5 }, [{ id: 1, requestedOn: '2026-09-28', suppliedOn: '2026-09-30', note: '' }], '2026-09-30');
    expect(paused.pausedDays).toBe(2);
    expect(paused.due).toBe('2026-10-12'); // Sat 10-10 is a working day: 10-08, 09, 10 (6), 12 (7)
  });
});
