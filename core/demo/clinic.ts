import type { WriteContext } from '../api/context.ts';
import { addDays } from '../shared/dayMath.ts';
import { findUserByName } from '../users/queries.ts';
import { saveClinicProfile } from '../clinic/profile.ts';
import { saveRoom } from '../clinic/rooms.ts';
import { saveAgreement } from '../clinic/agreements.ts';
import { saveStaff } from '../clinic/staff.ts';
import { staffInput, type StaffInput } from '../clinic/schema.ts';

/**
 * The demo home's 医务室: filed years ago, in a 医联体, with its rooms, a lab agreement and six staff. Two things
 * for the director to find on the compliance page: the 处置室 measured 8.5 m² (under the 10 m² of the standard)
 * and a nurse's licence that expires in 25 days.
 */
export function seedClinicDemo(ctx: WriteContext, homeOpenedOn: string): void {
  const today = ctx.today;
  const filed = addDays(homeOpenedOn, 75);
  saveClinicProfile(ctx, {
    type: '医务室',
    name: '金陵颐养院医务室',
    filingKind: '备案凭证',
    filingNo: '玄卫医备〔2019〕027号',
    filingDate: filed,
    openedOn: addDays(filed, 14),
    subjects: ['全科', '内科', '中医科', '康复科', '医学检验科'],
    medicalAlliance: '南京市鼓楼医院医联体',
    nearMedicalInstitution: '',
    areasSeparated: true,
    separationNote: '医务室位于一楼东侧，独立出入口，与居住区以防火门分隔',
  });
  for (const room of [
    { kind: 'treatment', name: '101 治疗室', areaM2: 12.5 },
    { kind: 'disposal', name: '102 处置室', areaM2: 8.5 },
    { kind: 'observation', name: '103 观察室', areaM2: 16 },
    { kind: 'pharmacy', name: '104 药房', areaM2: 9 },
  ] as const) {
    saveRoom(ctx, { id: null, notes: '', ...room });
  }
  saveAgreement(ctx, {
    id: null,
    kind: 'lab',
    partner: '南京金域医学检验所',
    partnerLicenceNo: 'PDY00312332010217D1402',
    signedOn: addDays(today, -200),
    startsOn: addDays(today, -190),
    endsOn: addDays(today, 175),
    notes: '血常规、生化、尿常规，每周二、五上门采样',
  });
  const userId = (username: string) => findUserByName(ctx.db, username)?.id ?? null;
  // A nurse licence runs five years: this one was issued five years before it expires, 25 days from now.
  const soon = addDays(today, 25);
  const people: Partial<StaffInput>[] = [
    { name: '陈志远', profession: 'physician', userId: userId('yisheng'), licenceNo: '110320100012345', category: '临床', scope: '全科医学专业', title: '主治医师', practiceSite: 'primary', registeredOn: '2011-08-01', issuedOn: '2019-05-20', expiresOn: null, joinedOn: addDays(filed, 0) },
    { name: '周文华', profession: 'physician', licenceNo: '210320100045678', category: '中医', scope: '中医专业', title: '副主任中医师', practiceSite: 'multi', primarySiteName: '南京市中医院', registeredOn: '2003-07-15', issuedOn: '2020-09-01', expiresOn: null, joinedOn: addDays(filed, 200) },
    { name: '刘晓梅', profession: 'nurse', userId: userId('hushi'), licenceNo: '201432001234', category: '护士', title: '主管护师', practiceSite: 'primary', registeredOn: '2014-09-01', issuedOn: addDays(today, -540), expiresOn: addDays(today, 1285), joinedOn: addDays(filed, 0) },
    { name: '孙丽', profession: 'nurse', licenceNo: '201832005678', category: '护士', title: '护师', practiceSite: 'primary', registeredOn: '2016-12-27', issuedOn: addDays(soon, -1826), expiresOn: soon, joinedOn: addDays(filed, 400) },
    { name: '钱康', profession: 'therapist', licenceNo: 'KF32010200156', category: '康复治疗师', scope: '物理治疗', title: '康复治疗师', practiceSite: 'primary', registeredOn: '2019-07-01', issuedOn: '2019-07-01', expiresOn: null, joinedOn: addDays(filed, 600) },
    { name: '吴敏', profession: 'pharmacist', licenceNo: '320118002376', category: '药师', title: '药师', practiceSite: 'primary', registeredOn: '2017-03-01', issuedOn: '2017-03-01', expiresOn: null, joinedOn: addDays(filed, 300) },
  ];
  for (const p of people) saveStaff(ctx, staffInput.parse({ notes: '', ...p }));
}
