import type { AuditRecorded } from '@xuncha/contracts';
import type { ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { jurisdictionPath, utc } from '../projections/support';

export const AUDIT = 'audit';

/** One audit record as the admins read it, with the actor's jurisdiction path to scope it. */
export type AuditDoc = Doc &
  AuditRecorded & {
    /** The actor's jurisdiction and those above it: an admin sees the records of their subtree. */
    jurisdictions: string[];
  };

/** The audit trail of every service (审计记录), from the restricted audit topic. */
export const auditProjection: ProjectionDefinition = {
  name: 'audit',
  collections: [AUDIT],
  indexes: {
    [AUDIT]: [{ jurisdictions: 1, at: -1 }, { 'actor.sub': 1 }, { action: 1 }, { service: 1 }],
  },
  handlers: {
    'xuncha.audit.AuditRecorded.v1': (data: AuditRecorded, context) => {
      context.put(AUDIT, {
        _id: data.auditId,
        ...data,
        // One form of instant, so that string order is time order and periods filter it.
        at: utc(data.at),
        jurisdictions: jurisdictionPath(data.actor.jurisdiction),
      });
    },
  },
};
