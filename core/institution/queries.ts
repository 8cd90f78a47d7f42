import type { Db } from '../../db/open.ts';
import { AppError } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findProfile } from '../policy/queries.ts';
import type { Institution } from './schema.ts';

interface InstitutionDbRow {
  name: string;
  credit_code: string;
  address: string;
  region_code: string;
  licensed_beds: number;
  opened_on: string;
  civil_affairs_filing_no: string;
  director_name: string;
  phone: string;
  idle_lock_minutes: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** The institution area's published reads: every filing's header and every size-dependent rule start here. */
export function findInstitution(db: Db): Institution | null {
  const row = stmt<InstitutionDbRow>(db, 'SELECT * FROM institution WHERE id = 1').get();
  if (!row) return null;
  return {
    name: row.name,
    creditCode: row.credit_code,
    address: row.address,
    regionCode: row.region_code,
    regionName: findProfile(row.region_code)?.name ?? row.region_code,
    licensedBeds: row.licensed_beds,
    openedOn: row.opened_on,
    civilAffairsFilingNo: row.civil_affairs_filing_no,
    directorName: row.director_name,
    phone: row.phone,
    idleLockMinutes: row.idle_lock_minutes,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function requireInstitution(db: Db): Institution {
  const institution = findInstitution(db);
  if (!institution) throw new AppError('SETUP_REQUIRED', '尚未填写机构信息，请先完成初始设置。');
  return institution;
}


const DEFAULT_IDLE_MINUTES = 15;

/** Minutes without a key or click before the screen locks; the institution sets it (15 until set up). */
export function idleLockMinutes(db: Db): number {
  const row = stmt<{ idle_lock_minutes: number }>(db, 'SELECT idle_lock_minutes FROM institution WHERE id = 1').get();
  return row?.idle_lock_minutes ?? DEFAULT_IDLE_MINUTES;
}
