import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openAppDatabase } from '../db/app-database.ts';
import { DB_FILE_NAME } from '../core/system/runtime.ts';
import { seedHome, type HomeShape } from '../core/demo/seed.ts';
import { isoDay } from '../core/shared/dates.ts';
import { bulkIncidents } from './bulkIncidents.ts';
import { auditedWrite } from '../core/audit/audited.ts';
import { seedClinicDemo } from '../core/demo/clinic.ts';
import { seedStockDemo } from '../core/demo/stock.ts';
import { seedInfectionDemo } from '../core/demo/infection.ts';
import { seededRandom } from '../core/demo/random.ts';
import { bulkDeadlines, type BulkDeadlinesReport } from './bulkDeadlines.ts';

/**
 * The home of the issue: 2,000 in residence and 20,000 who have left. Room numbers are floor×100+n,
 * so a floor holds at most 99 rooms: 12 floors × 92 rooms × 2 beds = 2,208 beds.
 */
export const BENCH_HOME: HomeShape = {
  seed: 20260515,
  floors: 12,
  roomsPerFloor: 92,
  bedsPerRoom: 2,
  residents: 2000,
  left: 20000,
  moves: 200,
  licensedBeds: 2208,
};

/** `--quick`: a tenth of the size, to try the benchmark itself out in seconds. */
export const QUICK_HOME: HomeShape = { ...BENCH_HOME, floors: 4, roomsPerFloor: 28, residents: 200, left: 2000, moves: 20, licensedBeds: 224 };

export interface SeedReport {
  ms: number;
  residents: number;
  left: number;
  beds: number;
  incidents: number;
  /** The clinic's staff, stock and orders the deadline sources read. */
  deadlines: BulkDeadlinesReport;
  auditRows: number;
  fileMb: number;
}

/**
 * Builds the home through the real services (admit, leave, move), so rows, indexes and the audit log
 * look like years of use. One connection, closed afterwards: the app then opens the file as it would.
 */
export function seedBenchHome(dataDir: string, shape: HomeShape, now: Date): SeedReport {
  const file = join(dataDir, DB_FILE_NAME);
  const db = openAppDatabase(file);
  try {
    const started = performance.now();
    const counts = seedHome(db, { shape, now, isDemo: false, institutionName: '金陵颐养院（性能测试）', users: true });
    const incidents = bulkIncidents(db, isoDay(now), shape.seed + 12);
    // The clinic's profile, rooms, staff, shelf and registers through the services (a few hundred rows); its years
    // of encounters, orders and doses are bulk-loaded afterwards (bench/bulkClinic.ts).
    auditedWrite(db, { actor: { userId: null, name: '系统（生成性能测试数据）', role: null }, now, action: 'demo.seed' }, (ctx) => {
      seedClinicDemo(ctx, db.prepare('SELECT opened_on FROM institution').pluck().get() as string);
      seedStockDemo(ctx, seededRandom(shape.seed + 3));
      seedInfectionDemo(ctx, seededRandom(shape.seed + 4));
    });
    const deadlines = bulkDeadlines(db, now, shape.seed + 13);
    const ms = performance.now() - started;
    const auditRows = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    // Start the measurements from an empty WAL, as after a restart of the app.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { ms, ...counts, incidents, deadlines, auditRows, fileMb: statSync(file).size / 1024 / 1024 };
  } finally {
    db.close();
  }
}
