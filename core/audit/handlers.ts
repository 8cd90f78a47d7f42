import { defineArea, method } from '../api/define.ts';
import { AUDIT_READERS } from './access.ts';
import { auditListInput } from './schema.ts';
import { listAudit } from './query.ts';
import { presentAuditRow } from './present.ts';

export const auditArea = defineArea('audit', {
  'audit.list': method({
    kind: 'read',
    access: AUDIT_READERS,
    input: auditListInput,
    handler: (ctx, input) => {
      const page = listAudit(ctx.db, input);
      return { ...page, rows: page.rows.map(presentAuditRow) };
    },
  }),
});
