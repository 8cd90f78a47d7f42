import type { Db } from '../../db/open.ts';
import type { Actor } from '../audit/record.ts';
import { requireInstitution } from '../institution/service.ts';
import { allResidents } from '../residents/list.ts';
import { firstContacts } from '../residents/queries.ts';
import { careLevelLabel, CARE_LEVELS, PAYMENT_TYPES, RESIDENT_STATUS, type RosterFilter } from '../residents/schema.ts';
import { describeFilter } from '../residents/describeFilter.ts';
import { FILING_TITLES, type RosterFiling } from './schema.ts';

/** The data of the printed 住养老人名册; the renderer lays it out on A4 landscape. */
export function buildRosterFiling(db: Db, filter: RosterFilter, today: string, now: Date, actor: Actor): RosterFiling {
  const institution = requireInstitution(db);
  const residents = allResidents(db, filter, today);
  const contacts = firstContacts(db);
  const levels = new Map<string, number>();
  for (const r of residents) levels.set(careLevelLabel(r.careLevel), (levels.get(careLevelLabel(r.careLevel)) ?? 0) + 1);
  return {
    kind: 'roster',
    title: FILING_TITLES.roster,
    institution: {
      name: institution.name,
      creditCode: institution.creditCode,
      address: institution.address,
      civilAffairsFilingNo: institution.civilAffairsFilingNo,
      directorName: institution.directorName,
      phone: institution.phone,
    },
    scope: describeFilter(filter),
    printedAt: now.toISOString(),
    printedBy: actor.name,
    isDemo: institution.isDemo,
    showLeft: filter.status !== 'in_residence',
    rows: residents.map((r, i) => {
      const c = contacts.get(r.id);
      return {
        no: i + 1,
        bed: r.bedLabel,
        name: r.name,
        sex: r.sex,
        age: r.age,
        idNumber: r.idNumber,
        admissionDate: r.admissionDate,
        careLevel: careLevelLabel(r.careLevel),
        paymentType: PAYMENT_TYPES[r.paymentType],
        contact: c ? `${c.name}（${c.relation}）` : '',
        contactPhone: c?.phone ?? '',
        status: RESIDENT_STATUS[r.status],
        leftOn: r.leftOn ?? '',
      };
    }),
    summary: {
      total: residents.length,
      male: residents.filter((r) => r.sex === '男').length,
      female: residents.filter((r) => r.sex === '女').length,
      aged65: residents.filter((r) => r.age >= 65).length,
      aged80: residents.filter((r) => r.age >= 80).length,
      byCareLevel: [...CARE_LEVELS, '未评估']
        .map((label) => ({ label, n: levels.get(label) ?? 0 }))
        .filter((l) => l.n > 0),
    },
  };
}
