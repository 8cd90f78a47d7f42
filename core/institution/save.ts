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
     VALUES (1, @name, @creditCode, @address, @regionCode, @licensedBeds, @openedOn, @civilAffairsFilingNo,
       @directorName, @phone, @idleLockMinutes, @isDemo, @at, @at)`,
  ).run({ ...input, isDemo: isDemo ? 1 : 0, at });
  const created = findInstitution(ctx.db)!;
  ctx.audit({ entity: 'institution', entityId: 1, summary: `建立机构信息：${input.name}`, after: created });
  return created;
}

export function updateInstitution(ctx: WriteContext, input: InstitutionInput): Institution {
  const before = requireInstitution(ctx.db);
  checkInput(input, ctx.today);
  stmt(
    ctx.db,
    `UPDATE institution SET name = @name, credit_code = @creditCode, address = @address, region_code = @regionCode,
       licensed_beds = @licensedBeds, opened_on = @openedOn, civil_affairs_filing_no = @civilAffairsFilingNo,
       director_name = @directorName, phone = @phone, idle_lock_minutes = @idleLockMinutes, updated_at = @at WHERE id = 1`,
  ).run({ ...input, at: ctx.now.toISOString() });
  const after = findInstitution(ctx.db)!;
  ctx.audit({ entity: 'institution', entityId: 1, summary: `修改机构信息：${input.name}`, before, after });
  return after;
}
