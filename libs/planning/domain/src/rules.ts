import type { RuleCatalogue } from '@xuncha/platform-kernel';
import type { CoverageRulesCommand } from './coverage-rules/coverage-rules.decider';
import type { CadreCommand } from './cadre/cadre.decider';
import type { FocusCatalogCommand } from './focus-catalog/focus-catalog.decider';
import type { RoundCommand } from './round/round.decider';
import type { TargetCommand } from './target/target.decider';
import type { TermPlanCommand } from './term-plan/term-plan.decider';

const RETIRED = 'target-retired';
const TARGETS_OF_A_PLAN = ['target-unknown', RETIRED, 'target-outside-jurisdiction'] as const;
const CATALOG_CHOICE = ['catalog-version-unknown', 'catalog-outside-jurisdiction'] as const;
const CATALOG_VERSION = [
  'catalog-version-invalid',
  'catalog-version-exists',
  'catalog-without-items',
  'catalog-branch-empty',
  'catalog-code-repeated',
  'catalog-validity-reversed',
] as const;

/** The rules each planning command can be refused by (see RuleCatalogue). */
export const PLANNING_RULES = {
  RegisterTarget: [
    'target-already-registered',
    'target-unknown',
    RETIRED,
    'target-parent-jurisdiction',
  ],
  UpdateTargetProfile: [RETIRED],
  RetireTarget: [RETIRED],
  // The merge's survivor and the absorbed targets must be registered (checked by the service).
  MergeTargets: [RETIRED, 'target-merge-invalid', 'target-unknown'],
  AbsorbTarget: [RETIRED],
  SplitTarget: [RETIRED, 'target-split-invalid'],
  RegisterCadre: ['cadre-already-registered'],
  UpdateCadre: [],
  // The target of a conflict must be registered (checked by the service).
  DeclareConflict: ['target-unknown'],
  DraftTermPlan: ['term-plan-exists', ...TARGETS_OF_A_PLAN],
  AdoptTermPlan: ['term-plan-already-adopted', 'term-plan-scope-empty'],
  AdjustTermPlanScope: [
    'term-plan-not-adopted',
    'target-not-in-scope',
    'target-already-in-scope',
    'scope-adjustment-empty',
    ...TARGETS_OF_A_PLAN,
  ],
  SetAnnualPlan: ['annual-plan-outside-term', 'target-not-in-scope'],
  RecordTargetInspected: [],
  PlanRound: [
    'round-exists',
    'term-plan-not-adopted',
    'round-outside-term',
    'special-round-theme-required',
    ...CATALOG_CHOICE,
  ],
  ChooseRoundCatalog: ['round-already-launched', ...CATALOG_CHOICE],
  FormTeam: [
    'round-already-launched',
    'team-cadre-repeated',
    'cadre-unknown',
    ...TARGETS_OF_A_PLAN,
    'team-leader-not-in-leader-pool',
    'target-already-in-round',
    'follow-up-target-not-inspected',
    'cadre-home-unit-conflict',
    'cadre-declared-conflict',
    'cross-inspection-own-jurisdiction',
    'cadre-team-overlap',
    'round-window-overlap',
  ],
  DisbandTeam: ['round-already-launched'],
  ApproveRound: ['round-already-approved', 'round-without-teams', 'round-already-launched'],
  LaunchRound: ['round-already-launched', 'round-not-approved'],
  CloseRound: ['round-not-launched'],
  SetDeadlines: [],
  SetCoverageRules: ['regular-rounds-must-cover'],
  CreateFocusCatalog: ['catalog-exists', 'catalog-id-invalid', ...CATALOG_VERSION],
  ReviseFocusCatalog: [...CATALOG_VERSION, 'catalog-revision-not-later'],
} as const satisfies RuleCatalogue<
  | TargetCommand['type']
  | CadreCommand['type']
  | TermPlanCommand['type']
  | RoundCommand['type']
  | FocusCatalogCommand['type']
  | 'SetDeadlines'
  | CoverageRulesCommand['type']
>;
