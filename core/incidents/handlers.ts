import { defineArea, method } from '../api/define.ts';
import { INCIDENT_DELETERS, INCIDENT_EDITORS, INCIDENT_REPORTERS } from './access.ts';
import {
  closeFollowUpInput,
  incidentIdInput,
  incidentListInput,
  notifyFamilyInput,
  removeIncidentInput,
  reportIncidentInput,
  updateIncidentInput,
} from './schema.ts';
import { listIncidents } from './list.ts';
import { findIncident, openIncidentCounts } from './queries.ts';
import { emptyInput } from '../shared/fields.ts';
import { reportIncident } from './report.ts';
import { updateIncident } from './update.ts';
import { closeFollowUp, notifyFamily } from './followThrough.ts';
import { removeIncident, restoreIncident } from './remove.ts';
import { notFound } from '../shared/errors.ts';

export const incidentsArea = defineArea('incidents', {
  'incidents.list': method({ kind: 'read', access: 'signedIn', input: incidentListInput, handler: (ctx, input) => listIncidents(ctx.db, input) }),
  'incidents.get': method({
    kind: 'read',
    access: 'signedIn',
    input: incidentIdInput,
    handler: (ctx, input) => {
      const row = findIncident(ctx.db, input.id);
      if (!row) throw notFound('这条意外事件记录');
      return row;
    },
  }),
  /** What is still to do across the register: families not told, follow-ups not closed. */
  'incidents.openCounts': method({ kind: 'read', access: 'signedIn', input: emptyInput, handler: (ctx) => openIncidentCounts(ctx.db) }),
  'incidents.report': method({ kind: 'write', access: INCIDENT_REPORTERS, input: reportIncidentInput, handler: reportIncident }),
  'incidents.update': method({ kind: 'write', access: INCIDENT_EDITORS, input: updateIncidentInput, handler: updateIncident }),
  'incidents.notifyFamily': method({ kind: 'write', access: INCIDENT_REPORTERS, input: notifyFamilyInput, handler: notifyFamily }),
  'incidents.closeFollowUp': method({ kind: 'write', access: INCIDENT_EDITORS, input: closeFollowUpInput, handler: closeFollowUp }),
  'incidents.remove': method({ kind: 'write', access: INCIDENT_DELETERS, input: removeIncidentInput, handler: removeIncident }),
  'incidents.restore': method({ kind: 'write', access: INCIDENT_DELETERS, input: incidentIdInput, handler: restoreIncident }),
});
