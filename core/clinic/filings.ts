import type { z } from 'zod';
import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { CLINIC_READERS } from './access.ts';
import { clinicProfile } from './queries.ts';
import { listStaff } from './staffList.ts';
import { licenceState, LICENCE_REMIND_DAYS, licencesFilingInput, PRACTICE_SITES, PROFESSIONS, type StaffRow } from './schema.ts';

export interface LicenceFilingRow {
  no: number;
  name: string;
  profession: string;
  category: string;
  scope: string;
  title: string;
  licenceNo: string;
  site: string;
  registeredOn: string;
  years: number;
  issuedOn: string;
  expiresOn: string;
  state: string;
  level: ReturnType<typeof licenceState>['level'];
  leftOn: string;
}

export interface LicencesFiling extends FilingHeader {
  clinic: { name: string; type: string; filing: string };
  rows: LicenceFilingRow[];
  summary: { byProfession: { label: string; n: number }[]; expired: number; soon: number; near: number };
  remindDays: readonly number[];
}

type Input = z.output<typeof licencesFilingInput>;

function describe(input: Input): string {
  const who = input.status === 'all' ? '全部医务人员（含已离职）' : '在岗医务人员';
  return input.withinDays === null ? who : `${who}中 ${input.withinDays} 天内到期或已过期的执业证书`;
}

function row(s: StaffRow, i: number): LicenceFilingRow {
  const state = licenceState(s.daysLeft);
  return {
    no: i + 1,
    name: s.name,
    profession: PROFESSIONS[s.profession],
    category: s.category,
    scope: s.scope,
    title: s.title,
    licenceNo: s.licenceNo,
    site: s.practiceSite === 'primary' ? PRACTICE_SITES.primary : `${PRACTICE_SITES.multi}（主执业机构：${s.primarySiteName}）`,
    registeredOn: s.registeredOn,
    years: s.yearsOfPractice,
    issuedOn: s.issuedOn,
    expiresOn: s.expiresOn ?? '长期',
    state: s.leftOn ? `已离职（${s.leftOn}）` : state.text,
    level: s.leftOn ? 'ok' : state.level,
    leftOn: s.leftOn ?? '',
  };
}

/** 医务人员执业证书登记表: the staff licence roster with expiries, for the 卫健 inspector (A4 landscape). */
export const licencesFiling = defineFiling({
  kind: 'licences',
  title: '医务人员执业证书登记表',
  layout: 'sheet',
  input: licencesFilingInput,
  access: CLINIC_READERS,
  cli: [
    { flag: 'status', field: 'status', type: 'string', help: 'active（默认，在岗）| all（含已离职）' },
    { flag: 'within', field: 'withinDays', type: 'int', help: '只印 N 天内到期或已过期的' },
  ],
  example: [],
  describe,
  build(ctx, input): LicencesFiling {
    const clinic = clinicProfile(ctx.db);
    const staff = listStaff(ctx.db, { q: '', profession: null, status: input.status, sort: 'profession' }, ctx.today).filter(
      (s) => input.withinDays === null || (s.leftOn === null && s.daysLeft !== null && s.daysLeft <= input.withinDays),
    );
    const rows = staff.map(row);
    const working = rows.filter((r) => r.leftOn === '');
    return {
      ...filingHeader(ctx, '医务人员执业证书登记表', describe(input)),
      clinic: {
        name: clinic?.type ? clinic.name : '（未登记内设医疗机构）',
        type: clinic?.type ?? '',
        filing: clinic?.type && clinic.filingNo ? `${clinic.filingKind} ${clinic.filingNo}` : '',
      },
      rows,
      summary: {
        byProfession: Object.entries(PROFESSIONS)
          .map(([, label]) => ({ label, n: working.filter((r) => r.profession === label).length }))
          .filter((p) => p.n > 0),
        expired: working.filter((r) => r.level === 'expired').length,
        soon: working.filter((r) => r.level === 'soon').length,
        near: working.filter((r) => r.level === 'near').length,
      },
      remindDays: LICENCE_REMIND_DAYS,
    };
  },
});
