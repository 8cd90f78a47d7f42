import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { PROFESSION_ORDER, STAFF_SELECT, toStaffRow, type StaffDbRow } from './queries.ts';
import type { StaffListInput, StaffRow } from './schema.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const ORDER: Record<StaffListInput['sort'], string> = {
  profession: `${PROFESSION_ORDER}, s.name, s.id`,
  name: 's.name, s.id',
  // Those whose licence never expires last.
  expiresOn: 's.expires_on IS NULL, s.expires_on, s.name, s.id',
};

/**
 * 人员与执照: search by name, licence number or account; filter by profession and status. A clinic has tens of
 * people over its years, so the list is read whole.
 */
export function listStaff(db: Db, input: StaffListInput, today: string): StaffRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.status === 'active') where.push('s.deleted_at IS NULL AND s.left_on IS NULL');
  if (input.status === 'left') where.push('s.deleted_at IS NULL AND s.left_on IS NOT NULL');
  if (input.status === 'deleted') where.push('s.deleted_at IS NOT NULL');
  if (input.status === 'all') where.push('s.deleted_at IS NULL');
  if (input.profession !== null) {
    where.push('s.profession = ?');
    params.push(input.profession);
  }
  if (input.q !== '') {
    const like = `%${escapeLike(input.q)}%`;
    where.push("(s.name LIKE ? ESCAPE '\\' OR s.licence_no LIKE ? ESCAPE '\\' OR u.display_name LIKE ? ESCAPE '\\')");
    params.push(like, like.toUpperCase(), like);
  }
  const sql = `${STAFF_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${ORDER[input.sort]}`;
  return stmt<StaffDbRow>(db, sql).all(...params).map((r) => toStaffRow(r, today));
}
