import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type Db } from '../db/open.ts';
import { latestSchemaVersion } from '../db/app-database.ts';
import { inUseMarker } from '../db/integrity.ts';
import { DB_FILE_NAME } from '../core/system/runtime.ts';
import type { HomeShape } from '../core/demo/seed.ts';
import { seedBenchHome, type SeedReport } from './seed.ts';
import { bulkAudit } from './bulkAudit.ts';
import { bulkVitals, type BulkVitalsReport } from './bulkVitals.ts';
import { bulkClinic, type BulkClinicReport } from './bulkClinic.ts';

/** `--large`: ten years of audit log on top of the bench home (bench/bulkAudit.ts). */
export const LARGE_AUDIT = { rows: 15_000_000, years: 10, seed: 20261124 };
/**
 * Vital signs of everyone in residence at two rounds a day (bench/bulkVitals.ts): a year on the ordinary data set,
 * ten with --large (issue #8: 2,000 residents × 10 years ≈ 15 million readings).
 */
export const VITALS = { years: 1, largeYears: 10, seed: 20261125 };
/**
 * The clinic's encounters, orders and doses (bench/bulkClinic.ts): a year on the ordinary data set, ten with --large
 * (issue #9: 2,000 residents, 10 years, about 500,000 encounters and tens of millions of doses).
 */
export const CLINIC = { years: 1, largeYears: 10, seed: 20261126 };

/** Where the space of the file goes, from SQLite's dbstat (every page read once; cached with the data set). */
export interface FileSizes {
  fileMb: number;
  auditTableMb: number;
  auditIndexesMb: number;
  /** vital_signs (its rows are its key: WITHOUT ROWID) and its partial index, and vital_rounds with its index. */
  vitalsMb: number;
  /** The clinic's encounters with their fees, orders, medication rounds and doses, with their indexes. */
  clinicMb: number;
  otherMb: number;
}

export interface Dataset {
  dir: string;
  seed: SeedReport;
  large: { rows: number; insertMs: number; indexMs: number } | null;
  vitals: BulkVitalsReport & { years: number };
  clinic: BulkClinicReport & { years: number };
  sizes: FileSizes;
  reused: boolean;
  /** Deletes the folder unless it is to be kept. */
  done(): void;
}

/** What makes a kept data set the one this run asks for; a different one is rebuilt. */
interface Manifest {
  version: 2;
  schemaVersion: number;
  shape: HomeShape;
  large: typeof LARGE_AUDIT | null;
  vitalsYears: number;
  clinicYears: number;
  seed: SeedReport;
  bulk: Dataset['large'];
  vitals: Dataset['vitals'];
  clinic: Dataset['clinic'];
  sizes: FileSizes;
}

const MANIFEST = 'bench-dataset.json';

function measureSizes(file: string): FileSizes {
  const db = openDatabase(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
    const mb = (names: (n: string) => boolean) => rows.filter((r) => names(r.name)).reduce((s, r) => s + r.bytes, 0) / 1024 ** 2;
    const auditIndexes = new Set(
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'`).pluck().all() as string[],
    );
    const vitals = new Set(
      db.prepare(`SELECT name FROM sqlite_master WHERE tbl_name IN ('vital_signs', 'vital_rounds')`).pluck().all() as string[],
    );
    const clinic = new Set(
      db
        .prepare(`SELECT name FROM sqlite_master WHERE tbl_name IN ('encounters', 'encounter_fees', 'medication_orders', 'medication_rounds', 'medication_administrations')`)
        .pluck()
        .all() as string[],
    );
    return {
      fileMb: statSync(file).size / 1024 ** 2,
      auditTableMb: mb((n) => n === 'audit_log'),
      auditIndexesMb: mb((n) => auditIndexes.has(n)),
      vitalsMb: mb((n) => vitals.has(n)),
      clinicMb: mb((n) => clinic.has(n)),
      otherMb: mb((n) => n !== 'audit_log' && !auditIndexes.has(n) && !vitals.has(n) && !clinic.has(n)),
    };
  } finally {
    db.close();
  }
}

/**
 * A bulk load: without a journal and without syncing (a half-built set has no manifest and is rebuilt), a large
 * cache, and two threads for CREATE INDEX's sort (the machine has two cores); WAL again afterwards. `load` is given a
 * progress callback that logs every `every` rows written (and the last, when the total is known).
 */
function bulkLoad<R>(file: string, log: (line: string) => void, what: string, every: number, total: number | null, load: (db: Db, progress: (n: number) => void) => R): R {
  const db = openDatabase(file);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -512000');
    db.pragma('threads = 2');
    let last = 0;
    const report = load(db, (n) => {
      if (n - last >= every || n === total) {
        last = n;
        log(`  已写入${what} ${(n / 1e6).toFixed(1)} 百万条`);
      }
    });
    db.pragma('journal_mode = WAL');
    return report;
  } finally {
    db.close();
  }
}

function loadAudit(file: string, spec: typeof LARGE_AUDIT, now: Date, log: (line: string) => void): NonNullable<Dataset['large']> {
  return bulkLoad(file, log, '审计记录', 3_000_000, spec.rows, (db, progress) => bulkAudit(db, { ...spec, now, progress }));
}

/** The vital signs (bench/bulkVitals.ts). */
function loadVitals(file: string, years: number, now: Date, log: (line: string) => void): Dataset['vitals'] {
  return { ...bulkLoad(file, log, '生命体征', 3_000_000, null, (db, progress) => bulkVitals(db, { years, now, seed: VITALS.seed, progress })), years };
}

/** The clinic (bench/bulkClinic.ts). */
function loadClinic(file: string, years: number, now: Date, log: (line: string) => void): Dataset['clinic'] {
  return { ...bulkLoad(file, log, '给药记录', 5_000_000, null, (db, progress) => bulkClinic(db, { years, now, seed: CLINIC.seed, progress })), years };
}

/**
 * The data folder of a run: a fresh temporary one, or with `--reuse DIR` the set kept there by an earlier run
 * (built there if missing or of another shape). `keep` leaves a fresh folder in place at the end.
 */
export function prepareDataset(options: {
  shape: HomeShape;
  large: boolean;
  /** Audit rows of --large (a tenth with --quick). */
  auditRows: number;
  reuse: string | null;
  keep: boolean;
  now: Date;
  log: (line: string) => void;
}): Dataset {
  const dir = options.reuse ? resolve(options.reuse) : mkdtempSync(join(tmpdir(), 'ylywt-bench-'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, DB_FILE_NAME);
  const manifestFile = join(dir, MANIFEST);
  const large = options.large ? { ...LARGE_AUDIT, rows: options.auditRows } : null;
  const vitalsYears = options.large ? VITALS.largeYears : VITALS.years;
  const clinicYears = options.large ? CLINIC.largeYears : CLINIC.years;
  const wanted = { version: 2 as const, schemaVersion: latestSchemaVersion(), shape: options.shape, large, vitalsYears, clinicYears };
  const done = () => {
    if (options.reuse || options.keep) options.log(`保留数据文件夹：${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };

  if (options.reuse && existsSync(manifestFile) && existsSync(file)) {
    const kept = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const same =
      JSON.stringify({ version: kept.version, schemaVersion: kept.schemaVersion, shape: kept.shape, large: kept.large, vitalsYears: kept.vitalsYears, clinicYears: kept.clinicYears }) ===
      JSON.stringify(wanted);
    if (same) {
      options.log(`沿用 ${dir} 中已生成的数据（--reuse）`);
      // A run stopped halfway leaves the file marked in use; the bench itself does not count as a crash.
      rmSync(inUseMarker(file), { force: true });
      return { dir, seed: kept.seed, large: kept.bulk, vitals: kept.vitals, clinic: kept.clinic, sizes: { ...kept.sizes, fileMb: statSync(file).size / 1024 ** 2 }, reused: true, done };
    }
    options.log(`${dir} 中的数据与这次要的不同，重新生成`);
  }
  for (const suffix of ['', '-wal', '-shm', '.in-use', '.damaged']) rmSync(`${file}${suffix}`, { force: true });
  rmSync(manifestFile, { force: true });
  rmSync(join(dir, 'backups'), { recursive: true, force: true });

  options.log(`正在生成 ${options.shape.residents} 位在住、${options.shape.left} 位已离院的老人（经由真实服务）…`);
  const seed = seedBenchHome(dir, options.shape, options.now);
  let bulk: Dataset['large'] = null;
  if (large) {
    options.log(`正在批量写入 ${large.rows / 1e6} 百万条审计记录（${large.years} 年；普通 INSERT，大事务，写完再建索引）…`);
    bulk = loadAudit(file, large, options.now, options.log);
  }
  options.log(`正在批量写入 ${vitalsYears} 年的生命体征（每天两轮；普通 INSERT，按主键顺序，写完再建索引）…`);
  const vitals = loadVitals(file, vitalsYears, options.now, options.log);
  options.log(`正在批量写入 ${clinicYears} 年的诊疗记录、医嘱与给药记录（每天白班、小夜班；普通 INSERT，按主键顺序，写完再建索引）…`);
  const clinic = loadClinic(file, clinicYears, options.now, options.log);
  options.log('正在统计数据文件各部分大小（dbstat）…');
  const sizes = measureSizes(file);
  const manifest: Manifest = { ...wanted, seed, bulk, vitals, clinic, sizes };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, seed, large: bulk, vitals, clinic, sizes, reused: false, done };
}
