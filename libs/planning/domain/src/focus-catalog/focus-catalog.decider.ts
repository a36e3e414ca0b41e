import {
  AggregateNotFound,
  RuleViolation,
  decideBy,
  type CommandHandlers,
  type Decider,
  type DomainEvent,
} from '@xuncha/platform-kernel';
import {
  SHIPPED_CATALOGS,
  allCodes,
  classifiableCodes,
  shippedCatalog,
  type CatalogTree,
  type CatalogVersion,
} from './focus-catalog';
import { omit } from '../shared/omit';

/**
 * A jurisdiction's supervision-focus catalog (监督重点清单) and its versions.
 * The office revises its list between rounds; every revision is a new
 * version, so a finding keeps the version its round classified against.
 */
export interface FocusCatalogState {
  readonly id?: string;
  readonly jurisdiction?: string;
  readonly title?: string;
  /** Oldest first. */
  readonly versions: CatalogVersion[];
}

/** A version as the office writes it; `version` is the suffix of its id (default `v<n>`). */
export interface CatalogVersionInput extends CatalogTree {
  readonly version?: string;
  readonly label?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
}

export type FocusCatalogCommand =
  | {
      type: 'CreateFocusCatalog';
      id: string;
      at: string;
      jurisdiction: string;
      title: string;
      content: CatalogVersionInput;
    }
  | { type: 'ReviseFocusCatalog'; id: string; at: string; content: CatalogVersionInput };

type VersionIssued = CatalogVersion & {
  jurisdiction: string;
  /** 1 for the first version. */
  ordinal: number;
  issuedAt: string;
};

export type FocusCatalogEvent =
  | DomainEvent<
      'FocusCatalogCreated',
      { catalogId: string; jurisdiction: string; title: string; createdAt: string }
    >
  | DomainEvent<'FocusCatalogVersionIssued', VersionIssued>;

/** Catalog ids and version suffixes: they name streams and appear in ledgers. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,47}$/;

function issue(
  content: CatalogVersionInput,
  state: FocusCatalogState,
  at: string,
): FocusCatalogEvent {
  const ordinal = state.versions.length + 1;
  const suffix = content.version ?? `v${ordinal}`;
  const version = `${state.id}-${suffix}`;
  if (!SLUG.test(suffix) || !SLUG.test(version)) {
    throw new RuleViolation(
      'catalog-version-invalid',
      `version ${suffix}: lower-case letters, digits and hyphens`,
      { version: suffix },
    );
  }
  if (state.versions.some((v) => v.version === version) || shippedCatalog(version)) {
    throw new RuleViolation('catalog-version-exists', `version ${version} is issued already`, {
      version,
    });
  }
  checkTree(content);
  if (content.validFrom && content.validTo && content.validTo < content.validFrom) {
    throw new RuleViolation(
      'catalog-validity-reversed',
      `valid to ${content.validTo} is before valid from ${content.validFrom}`,
      { validFrom: content.validFrom, validTo: content.validTo },
    );
  }
  const previous = state.versions[state.versions.length - 1];
  // A revision takes over from the version before it: old rounds keep theirs.
  const validFrom = content.validFrom ?? (previous ? at.slice(0, 10) : undefined);
  if (previous && previous.validFrom && validFrom! <= previous.validFrom) {
    throw new RuleViolation(
      'catalog-revision-not-later',
      `a revision takes effect after version ${previous.version} (from ${previous.validFrom}), not on ${validFrom}`,
      { validFrom, previousValidFrom: previous.validFrom },
    );
  }
  return {
    type: 'FocusCatalogVersionIssued',
    data: {
      version,
      catalogId: state.id!,
      jurisdiction: state.jurisdiction!,
      title: state.title!,
      label: content.label ?? `${state.title}（第${ordinal}版）`,
      ordinal,
      ...(validFrom && { validFrom }),
      ...(content.validTo && { validTo: content.validTo }),
      focuses: content.focuses,
      processes: content.processes,
      portraitDimensions: content.portraitDimensions,
      issuedAt: at,
    },
  };
}

/** A version holds something to classify under, every branch has leaves, every code once. */
function checkTree(tree: CatalogTree): void {
  if (classifiableCodes(tree).length === 0) {
    throw new RuleViolation(
      'catalog-without-items',
      'a catalog holds at least one item (条目) or top-leader manifestation (问题表现)',
    );
  }
  const bare = [
    ...tree.focuses.filter((focus) => focus.items.length === 0),
    ...tree.processes.filter((process) => process.points.length === 0),
    ...tree.processes.flatMap((p) => p.points).filter((point) => point.manifestations.length === 0),
  ].map((entry) => entry.code);
  if (bare.length > 0) {
    throw new RuleViolation(
      'catalog-branch-empty',
      'focuses need items, processes points and points manifestations',
      { codes: bare },
    );
  }
  const codes = allCodes(tree);
  const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
  if (repeated.length > 0) {
    throw new RuleViolation('catalog-code-repeated', 'every code of a catalog appears once', {
      codes: [...new Set(repeated)],
    });
  }
}

function sameContent(latest: CatalogVersion | undefined, content: CatalogVersionInput): boolean {
  if (!latest) return false;
  const tree = (t: CatalogTree) => JSON.stringify([t.focuses, t.processes, t.portraitDimensions]);
  return (
    tree(latest) === tree(content) &&
    (content.validFrom === undefined || content.validFrom === latest.validFrom) &&
    content.validTo === latest.validTo &&
    (content.version === undefined || latest.version.endsWith(`-${content.version}`))
  );
}

function createFocusCatalog(
  state: FocusCatalogState,
  command: Extract<FocusCatalogCommand, { type: 'CreateFocusCatalog' }>,
): FocusCatalogEvent[] {
  if (state.id) throw new RuleViolation('catalog-exists', `catalog ${command.id} exists`);
  if (!SLUG.test(command.id) || SHIPPED_CATALOGS.some((c) => c.catalogId === command.id)) {
    throw new RuleViolation(
      'catalog-id-invalid',
      `catalog id ${command.id}: lower-case letters, digits and hyphens, not a shipped catalog's`,
      { catalogId: command.id },
    );
  }
  const created: FocusCatalogEvent = {
    type: 'FocusCatalogCreated',
    data: {
      catalogId: command.id,
      jurisdiction: command.jurisdiction,
      title: command.title,
      createdAt: command.at,
    },
  };
  const opened = { id: command.id, jurisdiction: command.jurisdiction, title: command.title };
  return [created, issue(command.content, { ...opened, versions: [] }, command.at)];
}

function reviseFocusCatalog(
  state: FocusCatalogState,
  command: Extract<FocusCatalogCommand, { type: 'ReviseFocusCatalog' }>,
): FocusCatalogEvent[] {
  if (!state.id) throw new AggregateNotFound('focus-catalog', command.id);
  const latest = state.versions[state.versions.length - 1];
  if (sameContent(latest, command.content)) return [];
  return [issue(command.content, state, command.at)];
}

/** One decision per command. */
const handlers: CommandHandlers<FocusCatalogState, FocusCatalogCommand, FocusCatalogEvent> = {
  CreateFocusCatalog: createFocusCatalog,
  ReviseFocusCatalog: reviseFocusCatalog,
};

export const focusCatalogDecider: Decider<
  FocusCatalogState,
  FocusCatalogCommand,
  FocusCatalogEvent
> = {
  initialState: () => ({ versions: [] }),

  evolve(state, event) {
    switch (event.type) {
      case 'FocusCatalogCreated':
        return {
          ...state,
          id: event.data.catalogId,
          jurisdiction: event.data.jurisdiction,
          title: event.data.title,
        };
      case 'FocusCatalogVersionIssued': {
        const version = omit(event.data, 'jurisdiction', 'ordinal', 'issuedAt');
        return { ...state, versions: [...state.versions, version] };
      }
    }
  },

  decide: decideBy(handlers),
};
