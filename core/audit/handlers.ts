import { method } from '../api/define.ts';
import { DIRECTOR_ONLY } from '../auth/roles.ts';
import { auditListInput } from './schema.ts';
import { listAudit } from './query.ts';

export const auditMethods = {
  'audit.list': method({
    kind: 'read',
    access: DIRECTOR_ONLY,
    input: auditListInput,
    handler: (ctx, input) => listAudit(ctx.db, input),
  }),
};
