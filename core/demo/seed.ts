import dayjs from 'dayjs';
import type { Db } from '../../db/open.ts';
import type { Actor } from '../audit/record.ts';
import { auditedWrite } from '../audit/audited.ts';
import { composeIdNumber } from '../shared/idcard.ts';
import { composeCreditCode } from '../shared/creditCode.ts';
import { createInstitution } from '../institution/save.ts';
import { createUser } from '../users/create.ts';
import { addBeds } from '../beds/add.ts';
import { listBeds } from '../beds/queries.ts';
import { admitResident } from '../residents/admit.ts';
import { recordLeave } from '../residents/leave.ts';
import { moveResidentBed } from '../residents/moveBed.ts';
import type { AdmitInput, PaymentType } from '../residents/schema.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './accounts.ts';
import { seedDemoIncidents } from './incidents.ts';
import { seedDemoCentre } from './centre.ts';
import { seedDemoVitals } from './vitals.ts';
import { seedHealth } from './health.ts';
import { seededRandom, type Random } from './random.ts';
import { seedClinicDemo } from './clinic.ts';
import { seedEncountersDemo } from './encounters.ts';
import { seedMedicationDemo } from './medication.ts';
import { seedStockDemo } from './stock.ts';
import { seedInfectionDemo } from './infection.ts';
import { seedDesignationDemo } from './designation.ts';
import {
  AREA_CODES,
  CHILD_GIVEN,
  FEMALE_GIVEN,
  LEAVE_REASONS_DECEASED,
  LEAVE_REASONS_DISCHARGED,
  MALE_GIVEN,
  SURNAMES,
} from './names.ts';

export interface HomeShape {
  seed: number;
  floors: number;
  roomsPerFloor: number;
  bedsPerRoom: number;
  /** Residents in residence now. */
  residents: number;
  /** Residents who were admitted and have since left (discharged or died). */
  left: number;
  /** Bed moves among residents in residence. */
  moves: number;
  licensedBeds: number;
  /** Seed the year of incidents (the demo; the benchmark has its own volumes). */
  incidents?: boolean;
  /** Seed the contracted centre: agreements, a year of visits, family-doctor signings (the demo). */
  centre?: boolean;
  /** Days of vital signs before today (two rounds a day); none when absent (the benchmark bulk-loads its own). */
  vitalsDays?: number;
}

/** The demo home of `npm start`: ~120 residents on 3 floors (issue #3). */
export const DEMO_HOME: HomeShape = {
  seed: 20261123,
  floors: 3,
  roomsPerFloor: 22,
  bedsPerRoom: 2,
  residents: 120,
  left: 36,
  moves: 8,
  licensedBeds: 140,
  incidents: true,
  centre: true,
  vitalsDays: 365,
};


const DEMO_ACTOR: Actor = { userId: null, name: '系统（生成演示数据）', role: null };

function mobile(rng: Random): string {
  return `1${rng.pick(['39', '38', '37', '36', '35', '58', '59', '88', '87', '52', '80', '89', '77'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** Ages cluster in the late seventies to eighties, as in most homes; 60–100 overall. */
function birthDate(rng: Random, today: string): string {
  const age = rng.weighted([
    [rng.int(60, 69), 12],
    [rng.int(70, 79), 30],
    [rng.int(80, 89), 42],
    [rng.int(90, 100), 16],
  ] as const);
  return dayjs(today).subtract(age, 'year').subtract(rng.int(1, 364), 'day').format('YYYY-MM-DD');
}

function person(rng: Random, today: string, sequence: number) {
  const male = rng.next() < 0.42;
  const surname = rng.weighted(SURNAMES.map((s, i) => [s, i < 20 ? 6 : i < 60 ? 2 : 1] as const));
  const given = rng.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
  const born = birthDate(rng, today);
  // Sequence parity carries the sex (GB 11643): odd male, even female.
  const seq = ((sequence % 499) * 2 + (male ? 1 : 2)) % 1000 || 2;
  return { name: surname + given, surname, idNumber: composeIdNumber(rng.pick(AREA_CODES), born, seq), born };
}

/** The level a demo resident's assessments come to (core/demo/assessments.ts); null: not assessed yet. */
export type DemoLevel = 0 | 1 | 2 | 3 | 4 | null;

function admission(
  rng: Random,
  shape: { today: string; openedOn: string; born: string; bedId: number; name: string; surname: string; idNumber: string; admittedOn: string },
): { input: AdmitInput; level: DemoLevel } {
  const child = rng.weighted([
    ['儿子', 4],
    ['女儿', 4],
    ['配偶', 1],
    ['侄子', 1],
    ['孙女', 1],
  ] as const);
  const contactSurname = child === '配偶' ? rng.pick(SURNAMES) : shape.surname;
  const phone = rng.next() < 0.3 ? mobile(rng) : '';
  // Drawn where the demo used to type the level by hand, so the rest of the demo home stays as it was.
  const level = rng.weighted<DemoLevel>([
    [0, 15],
    [1, 25],
    [2, 25],
    [3, 18],
    [4, 10],
    [null, 7],
  ]);
  const input: AdmitInput = {
    name: shape.name,
    idNumber: shape.idNumber,
    phone,
    admissionDate: shape.admittedOn,
    externalAssessment: null,
    paymentType: rng.weighted<PaymentType>([
      ['self', 62],
      ['ltci', 20],
      ['subsidy', 8],
      ['destitute', 6],
      ['other', 4],
    ]),
    emergencyContacts: [
      { name: contactSurname + rng.pick(CHILD_GIVEN), relation: child, phone: mobile(rng) },
      ...(rng.next() < 0.4 ? [{ name: shape.surname + rng.pick(CHILD_GIVEN), relation: '女儿', phone: mobile(rng) }] : []),
    ],
    notes: '',
    bedId: shape.bedId,
  };
  return { input, level };
}

function randomDate(rng: Random, from: string, to: string): string {
  const days = Math.max(0, dayjs(to).diff(dayjs(from), 'day'));
  return dayjs(from).add(rng.int(0, days), 'day').format('YYYY-MM-DD');
}

export interface SeedOptions {
  shape: HomeShape;
  now: Date;
  isDemo: boolean;
  institutionName?: string;
  /** Seed the health records (assessments, facts, exams, referrals); default yes. */
  health?: boolean;
  /** Skip password hashing of the staff accounts (benchmarks create many homes). */
  users?: boolean;
  /**
   * The clinic's demo records (staff, encounters, medication, stock …), through the services (core/demo/clinic.ts
   * and its siblings). Default: for the demo only; the benchmark bulk-loads its own at its scale.
   */
  clinic?: boolean;
}

/**
 * Fills an empty database with a whole home: institution, staff, beds, residents past and present. It goes
 * through the same use cases as the app, in one audited write, so the demo's audit log reads like a real one.
 */
export function seedHome(db: Db, options: SeedOptions): { residents: number; left: number; beds: number } {
  const { shape, now } = options;
  const rng = seededRandom(shape.seed);
  return auditedWrite(db, { actor: DEMO_ACTOR, now, action: 'demo.seed' }, (ctx) => {
    const today = ctx.today;
    const openedOn = dayjs(today).subtract(7, 'year').startOf('month').format('YYYY-MM-DD');
    createInstitution(
      ctx,
      {
        name: options.institutionName ?? '金陵颐养院（演示）',
        creditCode: composeCreditCode('52320102MJ5831204'),
        address: '江苏省南京市玄武区示范路 88 号',
        regionCode: 'nanjing',
        licensedBeds: shape.licensedBeds,
        openedOn,
        civilAffairsFilingNo: '宁民养备〔2019〕0127号',
        directorName: DEMO_USERS[0]!.displayName,
        phone: '025-84561234',
        idleLockMinutes: 15,
      },
      options.isDemo,
    );
    if (options.users !== false) {
      for (const u of DEMO_USERS) createUser(ctx, { ...u, password: DEMO_PASSWORD, mustChangePassword: false });
    }
    for (let floor = 1; floor <= shape.floors; floor++) {
      const first = floor * 100 + 1;
      addBeds(ctx, { floor, roomFrom: first, roomTo: first + shape.roomsPerFloor - 1, bedsPerRoom: shape.bedsPerRoom });
    }
    const bedIds = listBeds(db, today).map((b) => b.bedId);
    const freeBeds = (): number[] => {
      const occupied = new Set(
        db.prepare(`SELECT bed_id FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL`).pluck().all() as number[],
      );
      return bedIds.filter((id) => !occupied.has(id));
    };

    let sequence = 0;
    // Residents who have left: admitted and gone within the home's years, one bed reused many times.
    for (let i = 0; i < shape.left; i++) {
      const p = person(rng, today, sequence++);
      const admittedOn = randomDate(rng, openedOn, dayjs(today).subtract(40, 'day').format('YYYY-MM-DD'));
      const leftOn = randomDate(rng, dayjs(admittedOn).add(7, 'day').format('YYYY-MM-DD'), dayjs(today).subtract(1, 'day').format('YYYY-MM-DD'));
      const bedId = bedIds[i % bedIds.length]!;
      const r = admitResident(ctx, admission(rng, { ...p, today, openedOn, bedId, admittedOn }).input);
      const deceased = rng.next() < 0.45;
      recordLeave(ctx, {
        id: r.id,
        kind: deceased ? 'deceased' : 'discharged',
        date: leftOn,
        reason: rng.pick(deceased ? LEAVE_REASONS_DECEASED : LEAVE_REASONS_DISCHARGED),
      });
    }
    // Residents in residence, each in a free bed, with a spread of admission dates.
    const free = freeBeds();
    if (free.length < shape.residents) throw new Error(`床位不够：需要 ${shape.residents} 张，只有 ${free.length} 张空床`);
    const admitted: { id: number; admittedOn: string; birthDate: string; level: DemoLevel }[] = [];
    for (let i = 0; i < shape.residents; i++) {
      const p = person(rng, today, sequence++);
      const admittedOn = randomDate(rng, openedOn, today);
      const bedId = free.splice(rng.int(0, free.length - 1), 1)[0]!;
      const a = admission(rng, { ...p, today, openedOn, bedId, admittedOn });
      const r = admitResident(ctx, a.input);
      admitted.push({ id: r.id, admittedOn, birthDate: p.born, level: a.level });
    }
    for (let i = 0; i < shape.moves && free.length > 0 && admitted.length > 0; i++) {
      const who = admitted[rng.int(0, admitted.length - 1)]!;
      const bedId = free.splice(rng.int(0, free.length - 1), 1)[0]!;
      try {
        // A nested transaction is a savepoint: a refused move leaves nothing behind.
        db.transaction(() => moveResidentBed(ctx, { id: who.id, bedId, date: randomDate(rng, who.admittedOn, today) }))();
      } catch {
        // A second move of the same resident may pick a date before the first; the demo just skips it.
        free.push(bedId);
      }
    }
    // Health records with their own generator, so the roster above stays as it was for a given seed.
    if (options.health !== false) seedHealth(ctx, seededRandom(shape.seed + 1), admitted);
    if (shape.incidents) seedDemoIncidents(ctx, shape.seed + 12);
    if (shape.centre) seedDemoCentre(ctx, shape.seed + 10);
    if (shape.vitalsDays) seedDemoVitals(ctx, { days: shape.vitalsDays, seed: shape.seed + 8 });
    if (options.clinic ?? options.isDemo) {
      // Each area draws from its own sequence, so adding one leaves the others' demo records as they were.
      seedClinicDemo(ctx, openedOn);
      seedEncountersDemo(ctx, seededRandom(shape.seed + 1));
      seedMedicationDemo(ctx, seededRandom(shape.seed + 2));
      seedStockDemo(ctx, seededRandom(shape.seed + 3));
      seedInfectionDemo(ctx, seededRandom(shape.seed + 4));
      seedDesignationDemo(ctx, seededRandom(shape.seed + 21));
    }
    return { residents: shape.residents, left: shape.left, beds: bedIds.length };
  });
}
