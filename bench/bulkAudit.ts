import dayjs from 'dayjs';
import type { Db } from '../db/open.ts';
import { seededRandom, type Random } from '../core/demo/random.ts';
import { SURNAMES, FEMALE_GIVEN, MALE_GIVEN } from '../core/demo/names.ts';
import type { Role } from '../core/shared/roles.ts';

/**
 * The audit log of ten years of a home of 2,000 (issue #7): vital signs at two rounds a day and the
 * medication rounds make ~4,000 rows a day, so 15 million in ten years. Written with plain prepared INSERTs
 * in big transactions and the secondary indexes built afterwards: the audited services would take an hour,
 * this takes minutes. The audit trigger forbids UPDATE and DELETE only, so bulk INSERT is allowed.
 */
export interface BulkAuditOptions {
  rows: number;
  years: number;
  /** The newest row is just before this. */
  now: Date;
  seed: number;
  /** Called now and then with rows written so far. */
  progress?: (written: number) => void;
}

interface Person {
  id: number;
  label: string;
}
interface Staff {
  id: number;
  name: string;
  role: Role;
}

const DRUGS = [
  ['阿司匹林肠溶片', '100mg'],
  ['苯磺酸氨氯地平片', '5mg'],
  ['二甲双胍缓释片', '0.5g'],
  ['阿托伐他汀钙片', '20mg'],
  ['多奈哌齐片', '5mg'],
  ['奥美拉唑肠溶胶囊', '20mg'],
  ['硝苯地平控释片', '30mg'],
  ['胰岛素（门冬）', '8U'],
] as const;
const CARE = ['翻身拍背，皮肤完好', '协助进食，进食良好', '夜间巡视，睡眠安稳', '协助如厕', '口腔护理', '会阴护理', '测血糖 7.2'] as const;

/** Staff over ten years, with turnover: 16 nurses, 8 caregivers, 3 doctors, 2 clerks; written as plain rows. */
function addStaff(db: Db, rng: Random): Staff[] {
  const insert = db.prepare(
    `INSERT INTO users (username, display_name, role, password_hash, active, created_at, updated_at) VALUES (?, ?, ?, 'bench', ?, ?, ?)`,
  );
  const plan: [Role, number][] = [['nurse', 16], ['caregiver', 8], ['doctor', 3], ['clerk', 2]];
  let n = 0;
  for (const [role, count] of plan) {
    for (let i = 0; i < count; i++) {
      n++;
      const name = rng.pick(SURNAMES) + rng.pick(rng.next() < 0.8 ? FEMALE_GIVEN : MALE_GIVEN);
      insert.run(`bench${String(n).padStart(2, '0')}`, name, role, i < count / 2 ? 1 : 0, '2016-01-01T00:00:00.000Z', '2016-01-01T00:00:00.000Z');
    }
  }
  return db.prepare('SELECT id, display_name AS name, role FROM users').all() as Staff[];
}

/** The audit_log indexes, to drop before the load and build after it (one sort each instead of 15 M inserts into each). */
function auditIndexes(db: Db): { name: string; sql: string }[] {
  return db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' AND sql IS NOT NULL`)
    .all() as { name: string; sql: string }[];
}

export interface BulkAuditReport {
  rows: number;
  insertMs: number;
  indexMs: number;
}

/** Adds opts.rows audit rows spread evenly over opts.years before opts.now, oldest first. */
export function bulkAudit(db: Db, opts: BulkAuditOptions): BulkAuditReport {
  const rng = seededRandom(opts.seed);
  const residents = (
    db.prepare(`SELECT r.id, r.name, b.room, b.bed_no FROM residents r JOIN beds b ON b.id = r.bed_id`).all() as {
      id: number;
      name: string;
      room: string;
      bed_no: string;
    }[]
  ).map((r): Person & { name: string } => ({ id: r.id, name: r.name, label: `${r.room}-${r.bed_no}床` }));
  const beds = db.prepare('SELECT id, room, bed_no FROM beds').all() as { id: number; room: string; bed_no: string }[];
  const staff = addStaff(db, rng);
  const byRole = (roles: Role[]) => staff.filter((s) => roles.includes(s.role));
  const nurses = byRole(['nurse']);
  const carers = byRole(['caregiver', 'nurse']);
  const doctors = byRole(['doctor']);
  const office = byRole(['clerk', 'director']);

  const indexes = auditIndexes(db);
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);

  const insert = db.prepare(
    `INSERT INTO audit_log (at, user_id, user_name, user_role, action, entity, entity_id, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = dayjs(opts.now).subtract(opts.years, 'year').valueOf();
  const step = (opts.now.getTime() - 60_000 - start) / opts.rows;
  const batch = 250_000;
  const t0 = performance.now();
  let written = 0;
  const writeBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const at = new Date(start + i * step + rng.next() * step).toISOString();
      const x = rng.next();
      const r = residents[Math.floor(rng.next() * residents.length)]!;
      if (x < 0.72) {
        const s = nurses[Math.floor(rng.next() * nurses.length)]!;
        const t = (36 + rng.int(0, 14) / 10).toFixed(1);
        const sbp = rng.int(105, 175);
        const dbp = rng.int(60, 98);
        const p = rng.int(56, 104);
        insert.run(at, s.id, s.name, s.role, 'vitals.record', 'resident', r.id, `生命体征：${r.name}（${r.label}）体温 ${t}℃ 血压 ${sbp}/${dbp} 脉搏 ${p}`, null, `{"t":${t},"bp":"${sbp}/${dbp}","p":${p}}`);
      } else if (x < 0.9) {
        const s = nurses[Math.floor(rng.next() * nurses.length)]!;
        const [drug, dose] = DRUGS[Math.floor(rng.next() * DRUGS.length)]!;
        insert.run(at, s.id, s.name, s.role, 'meds.give', 'resident', r.id, `给药：${r.name}（${r.label}）${drug} ${dose}`, null, `{"drug":"${drug}","dose":"${dose}"}`);
      } else if (x < 0.96) {
        const s = carers[Math.floor(rng.next() * carers.length)]!;
        insert.run(at, s.id, s.name, s.role, 'care.note', 'resident', r.id, `护理记录：${r.name}（${r.label}）${CARE[Math.floor(rng.next() * CARE.length)]}`, null, null);
      } else if (x < 0.985) {
        const s = x < 0.975 ? doctors[Math.floor(rng.next() * doctors.length)]! : office[Math.floor(rng.next() * office.length)]!;
        insert.run(at, s.id, s.name, s.role, 'residents.update', 'resident', r.id, `修改老人信息：${r.name}`, `{"phone":"","careLevel":${rng.int(0, 3)}}`, `{"phone":"139${rng.int(10_000_000, 99_999_999)}","careLevel":${rng.int(1, 4)}}`);
      } else if (x < 0.995) {
        const s = office[Math.floor(rng.next() * office.length)]!;
        insert.run(at, s.id, s.name, s.role, 'filings.pdf', 'filing', null, '生成 PDF：住养老人名册（在住）', null, '{"kind":"roster","input":{"status":"in_residence"}}');
      } else if (x < 0.998) {
        const s = office[Math.floor(rng.next() * office.length)]!;
        const b = beds[Math.floor(rng.next() * beds.length)]!;
        insert.run(at, s.id, s.name, s.role, 'beds.setActive', 'bed', b.id, `停用床位：${b.room}-${b.bed_no}`, '{"active":true}', '{"active":false}');
      } else if (x < 0.9995) {
        const s = office[0]!;
        const u = staff[Math.floor(rng.next() * staff.length)]!;
        insert.run(at, s.id, s.name, s.role, 'users.update', 'user', u.id, `修改用户：${u.name}`, '{"active":true}', '{"active":false}');
      } else {
        insert.run(at, null, '系统', null, 'system.backupNow', 'backup', null, `自动备份：backups/auto-${at.slice(0, 10).replaceAll('-', '')}.sqlite`, null, null);
      }
    }
  });
  while (written < opts.rows) {
    const to = Math.min(opts.rows, written + batch);
    writeBatch(written, to);
    written = to;
    opts.progress?.(written);
  }
  const insertMs = performance.now() - t0;
  const t1 = performance.now();
  for (const ix of indexes) db.exec(ix.sql);
  return { rows: written, insertMs, indexMs: performance.now() - t1 };
}
