import type { ResultUseRecorded } from '@xuncha/contracts';
import type { ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { jurisdictionPath, utc } from '../support';

export const RESULT_USES = 'result-uses';

/** A use of an inspection's results (成果运用), counted by kind. */
export interface ResultUseDoc extends Doc {
  inspectionId: string;
  roundId: string;
  targetId: string;
  jurisdiction: string;
  jurisdictions: string[];
  tier: string;
  kind: string;
  addressee: string;
  sentAt: string;
}

/** The letters, reports, suggestions, prompts and warnings sent from the inspections. */
export const resultUsesProjection: ProjectionDefinition = {
  name: 'result-uses',
  collections: [RESULT_USES],
  indexes: { [RESULT_USES]: [{ jurisdictions: 1 }, { roundId: 1 }, { kind: 1 }] },
  handlers: {
    'xuncha.inspection.ResultUseRecorded.v1': (data: ResultUseRecorded, context) =>
      context.put(RESULT_USES, {
        _id: data.useId,
        inspectionId: data.inspectionId,
        roundId: data.roundId,
        targetId: data.targetId,
        jurisdiction: data.jurisdiction,
        jurisdictions: jurisdictionPath(data.jurisdiction),
        tier: data.tier,
        kind: data.kind,
        addressee: data.addressee,
        sentAt: utc(data.sentAt),
      } satisfies ResultUseDoc),
  },
};
