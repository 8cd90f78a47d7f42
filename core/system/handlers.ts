import { defineArea, method } from '../api/define.ts';
import { z, requiredText, emptyInput } from '../shared/fields.ts';
import { BACKUP_OPERATORS } from './access.ts';
import { schemaVersion } from '../../db/migrate.ts';
import { backupList, backupToChosenFolder, checkBackup, manualBackup, restoreFromBackup } from './backups.ts';
import { requireInstitution } from '../institution/queries.ts';
import { auditedWrite } from '../audit/audited.ts';
import { APP_VERSION } from './version.ts';
import { describeDrives } from './drives.ts';

const fileInput = z.object({ file: requiredText('备份文件路径', 1000) }).strict();

export const systemArea = defineArea('system', {
  'system.info': method({
    kind: 'read',
    access: BACKUP_OPERATORS,
    input: emptyInput,
    handler: (ctx) => ({
      appVersion: APP_VERSION,
      mode: ctx.runtime.mode,
      dataDir: ctx.runtime.dataDir,
      dbFile: ctx.runtime.dbFile,
      schemaVersion: schemaVersion(ctx.db),
      backups: backupList(ctx.runtime),
      integrity: ctx.runtime.integrity,
    }),
  }),
  'system.backupNow': method({
    kind: 'task',
    access: BACKUP_OPERATORS,
    input: emptyInput,
    handler: async (ctx) => {
      const file = await manualBackup(ctx.runtime);
      ctx.audit({ entity: 'backup', entityId: null, summary: `手动备份：${file}` });
      return { file };
    },
  }),
  /** 备份到 U 盘或其他文件夹. */
  'system.backupToFolder': method({
    kind: 'task',
    access: BACKUP_OPERATORS,
    input: z.object({ folder: requiredText('目标文件夹', 1000) }).strict(),
    handler: async (ctx, input) => {
      const file = await backupToChosenFolder(ctx.runtime, input.folder, requireInstitution(ctx.db).name);
      ctx.audit({ entity: 'backup', entityId: null, summary: `备份到文件夹：${file}` });
      return { file };
    },
  }),
  /** The drives and USB sticks to offer for a backup, with the backups already on them. */
  'system.backupDrives': method({
    kind: 'read',
    access: BACKUP_OPERATORS,
    input: emptyInput,
    handler: (ctx) => ({ drives: describeDrives(ctx.runtime.backupRoots()) }),
  }),
  'system.checkBackup': method({
    kind: 'read',
    access: BACKUP_OPERATORS,
    input: fileInput,
    handler: (_ctx, input) => checkBackup(input.file),
  }),
  'system.restore': method({
    kind: 'task',
    access: BACKUP_OPERATORS,
    input: fileInput,
    // Every record may differ after a restore.
    changes: ['*'],
    handler: async (ctx, input) => {
      const result = await restoreFromBackup(ctx.runtime, input.file);
      // Recorded in the restored database, which is the one that goes on.
      auditedWrite(ctx.runtime.db, { actor: ctx.actor, now: ctx.now, action: 'system.restore' }, (w) =>
        w.audit({ entity: 'backup', entityId: null, summary: `从备份恢复：${input.file}；恢复前的数据已另存为 ${result.aside}` }),
      );
      return result;
    },
  }),
});
