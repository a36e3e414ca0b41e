import { ERASED } from '@xuncha/platform-crypto';
import {
  BRIEFING_UNITS,
  focusItem,
  inspectionTalkCoverage,
  talkRulesOf,
  type FocusCatalog,
  type InspectionState,
} from '@xuncha/inspection-domain';

/** Where an inspection stands, in the order of docs/domain.md §2. */
export function statusOf(state: InspectionState): string {
  if (state.closed) return 'closed';
  if (state.feedback) return 'feedback-delivered';
  if (state.report.stage !== 'none') return `report-${state.report.stage}`;
  return state.stationed ? 'stationed' : 'opened';
}

/**
 * The inspection as GET /inspections/:id answers it. Clues appear without the
 * person and the allegation: those go to the clue service only. Petition summaries only
 * for a caller who reads them (readsPetitionText); after an erasure they read as erased.
 */
export function inspectionView(
  id: string,
  state: InspectionState,
  revision: number,
  petitionText: boolean,
  catalog?: FocusCatalog,
) {
  const opened = state.opened!;
  const coverage = inspectionTalkCoverage(state, opened);
  return {
    id,
    revision,
    status: statusOf(state),
    roundId: opened.roundId,
    termPlanId: opened.termPlanId,
    ordinal: opened.ordinal,
    kind: opened.kind,
    modes: opened.modes,
    team: opened.team,
    target: opened.target,
    villages: opened.villages,
    catalogVersion: opened.catalogVersion,
    stationing: state.stationed ?? null,
    briefings: {
      // What a unit told is for the office and the team, like a petition's summary.
      received: Object.values(state.briefings).map(
        ({ briefingId: _id, summary, personalDataErased, ...briefing }) => ({
          ...briefing,
          ...(summary !== undefined && (petitionText ? { summary } : { redacted: true })),
          ...(personalDataErased && { summary: ERASED, personalDataErased: true }),
        }),
      ),
      missing: BRIEFING_UNITS.filter((unit) => !state.briefings[unit]),
    },
    meetings: state.meetings,
    talks: { byGroup: state.talks, total: coverage.talked },
    talkRules: talkRulesOf(opened),
    coverage,
    questionnaires: { respondents: state.questionnaires },
    evaluations: { respondents: state.evaluations },
    documentReviews: state.documentReviews,
    visits: state.visits,
    petitions: Object.entries(state.petitions).map(
      ([petitionId, { summary, erasure, personalDataErased, ...petition }]) => ({
        petitionId,
        ...petition,
        ...(petitionText ? { summary } : { redacted: true }),
        ...((erasure || personalDataErased) && {
          summary: ERASED,
          personalDataErased: true,
          ...(erasure && { personalDataErasedAt: erasure.at, erasureReason: erasure.reason }),
        }),
      }),
    ),
    // Each finding with the wording of its item, as its round's catalog version words it.
    findings: Object.values(state.findings).map((finding) => {
      const item = catalog && focusItem(catalog, finding.focusItem);
      return item ? { ...finding, focusItemLabel: item.label } : finding;
    }),
    immediateItems: Object.values(state.immediateItems),
    clues: Object.values(state.clues).map((clue) => ({
      clueId: clue.clueId,
      ...(clue.findingId && { findingId: clue.findingId }),
      ...(clue.village && { villageId: clue.village.villageId, village: clue.village }),
      involvedRank: clue.person.rank,
      discipline: clue.discipline,
      urgent: clue.urgent,
      identifiedAt: clue.identifiedAt,
      transferred: clue.released,
      ...(clue.personalDataErased && { personalDataErased: true }),
    })),
    portrait: state.portrait ?? null,
    report: state.report,
    directives: Object.values(state.directives),
    resultUses: state.resultUses.map(({ useId, kind, addressee, subject, sentAt }) => ({
      useId,
      kind,
      addressee,
      subject,
      sentAt,
    })),
    feedback: state.feedback
      ? {
          deliveredAt: state.feedback.deliveredAt,
          copiedTo: state.feedback.copiedTo,
          planDueBy: state.feedback.planDueBy,
          reportDueBy: state.feedback.reportDueBy,
          lists: state.feedback.lists.map((list) => ({
            feedbackId: list.feedbackId,
            village: list.village ?? null,
            findingIds: list.findings.map((finding) => finding.findingId),
            immediateItemIds: list.immediateItems.map((item) => item.itemId),
          })),
        }
      : null,
  };
}
