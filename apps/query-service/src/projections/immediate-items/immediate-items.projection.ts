import type {
  ImmediateItemAssigned,
  RectificationCaseOpened,
  RectificationItemReopened,
  RectificationItemSignedOff,
} from '@xuncha/contracts';
import type { ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import {
  defined,
  jurisdictionPath,
  keepInspectionFacts,
  merge,
  placeOf,
  utc,
  type InspectionFacts,
} from '../support';

export const IMMEDIATE_ITEMS = 'immediate-items';
/** What the items need of their inspection, which ImmediateItemAssigned does not carry. */
const INSPECTION_FACTS = 'immediate-item-inspections';

/** An immediate rectification item (立行立改事项). */
export interface ImmediateItemDoc extends Doc {
  inspectionId?: string;
  roundId?: string;
  targetId?: string;
  targetName?: string;
  jurisdiction?: string;
  jurisdictions?: string[];
  tier?: string;
  title?: string;
  findingId?: string;
  dueBy?: string;
  assignedAt?: string;
  caseId?: string;
  done: boolean;
  doneAt?: string;
}

const newItem = (): Omit<ImmediateItemDoc, '_id'> => ({ done: false });

/** Immediate items, done once the rectification case signs them off. */
export const immediateItemsProjection: ProjectionDefinition = {
  name: 'immediate-items',
  collections: [IMMEDIATE_ITEMS, INSPECTION_FACTS],
  indexes: { [IMMEDIATE_ITEMS]: [{ jurisdictions: 1 }, { targetId: 1 }] },
  handlers: {
    'xuncha.inspection.InspectionOpened.v1': keepInspectionFacts(INSPECTION_FACTS),
    'xuncha.inspection.ImmediateItemAssigned.v1': async (data: ImmediateItemAssigned, context) => {
      // Same key and topic as InspectionOpened, so its facts are there.
      const inspection = await context.get<InspectionFacts>(INSPECTION_FACTS, data.inspectionId);
      await merge<ImmediateItemDoc>(
        context,
        IMMEDIATE_ITEMS,
        data.itemId,
        () =>
          defined({
            inspectionId: data.inspectionId,
            targetId: data.targetId,
            title: data.title,
            findingId: data.findingId,
            dueBy: data.dueBy,
            assignedAt: utc(data.assignedAt ?? context.event.time),
            ...(inspection && {
              roundId: inspection.roundId,
              targetName: inspection.targetName,
              jurisdiction: inspection.jurisdiction,
              jurisdictions: jurisdictionPath(inspection.jurisdiction),
              tier: inspection.tier,
            }),
          }),
        newItem,
      );
    },
    'xuncha.rectification.RectificationCaseOpened.v1': async (
      data: RectificationCaseOpened,
      context,
    ) => {
      for (const item of data.items.filter((i) => i.source === 'immediate')) {
        await merge<ImmediateItemDoc>(
          context,
          IMMEDIATE_ITEMS,
          item.itemId,
          (before) =>
            defined({
              caseId: data.caseId,
              inspectionId: data.inspectionId,
              roundId: data.roundId,
              targetId: data.targetId,
              // A village's own case (分村反馈): its items count in the village.
              targetName: data.village?.villageName ?? data.targetName,
              ...placeOf(data),
              title: before.title ?? item.title,
              findingId: before.findingId ?? item.findingId,
              assignedAt: before.assignedAt ?? utc(context.event.time),
            }),
          newItem,
        );
      }
    },
    'xuncha.rectification.RectificationItemSignedOff.v1': async (
      data: RectificationItemSignedOff,
      context,
    ) => {
      const item = await context.get<ImmediateItemDoc>(IMMEDIATE_ITEMS, data.itemId);
      if (item?.caseId === data.caseId) {
        const doneAt = utc(data.signedOffAt ?? context.event.time);
        context.put(IMMEDIATE_ITEMS, { ...item, done: true, doneAt });
      }
    },
    'xuncha.rectification.RectificationItemReopened.v1': async (
      data: RectificationItemReopened,
      context,
    ) => {
      const item = await context.get<ImmediateItemDoc>(IMMEDIATE_ITEMS, data.itemId);
      if (item?.caseId === data.caseId) {
        // An undefined field is dropped when stored.
        context.put(IMMEDIATE_ITEMS, { ...item, done: false, doneAt: undefined });
      }
    },
  },
};
