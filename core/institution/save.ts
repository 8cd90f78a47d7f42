import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findProfile } from '../policy/queries.ts';
import { findInstitution, requireInstitution } from './queries.ts';
import type { Institution, InstitutionInput } from './schema.ts';

function checkInput(input: InstitutionInput, today: string): void {
  if (!findProfile(input.regionCode)) throw invalid('请选择适用地区', 'regionCode');
  if (input.openedOn > today) throw invalid(`开业日期不能晚于今天（${today}）`, 'openedOn');
}

export function createInstitution(ctx: WriteContext, input: InstitutionInput, isDemo: boolean): Institution {
  checkInput(input, ctx.today);
  const at = ctx.now.toISOString();
  stmt(
    ctx.db,
    `INSERT INTO institution (id, name, credit_code, address, region_code, licensed_beds, opened_on, civil_affairs_filing_no,
       director_name, phone, idle_lock_minutes, is_demo, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    input.name,
    input.creditCode,
    input.address,
    input.regionCode,
    input.licensedBeds,
    input.openedOn,
    input.civilAffairsFilingNo,
    input.directorName,
    input.phone,
    input.idleLockMinutes,
    isDemo ? 1 : 0,
    at,
    at,
  );
  const created = findInstitution(ctx.db)!;
  ctx.audit({ entity: 'institution', entityId: 1, summary: `建立机构信息：${input.name}`, after: created });
  return created;
}

export function updateInstitution(ctx: WriteContext, input: InstitutionInput): Institution {
  const before = requireInstitution(ctx.db);
  checkInput(input, ctx.today);
  stmt(
    ctx.db,
    `UPDATE institution SET name = ?, credit_code = ?, address = ?, region_code = ?, licensed_beds = ?, opened_on = ?,
       civil_affairs_filing_no = ?, director_name = ?, phone = ?, idle_lock_minutes = ?, updated_at = ? WHERE id = 1`,
  ).run(
    input.name,
    input.creditCode,
    input.address,
    input.regionCode,
    input.licensedBeds,
    input.openedOn,
    input.civilAffairsFilingNo,
    input.directorName,
    input.phone,
    input.idleLockMinutes,
    ctx.now.toISOString(),
  );
  const after = findInstitution(ctx.db)!;
  ctx.audit({ entity: 'institution', entityId: 1, summary: `修改机构信息：${input.name}`, before, after });
  return after;
}
