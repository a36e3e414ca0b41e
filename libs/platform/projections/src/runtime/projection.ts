import type { Doc } from '@xuncha/platform-read-models';
import type { IntegrationEvent } from '@xuncha/platform-bus';

/** What a projection handler reads and writes; writes land when the handler returns. */
export interface ProjectionContext {
  readonly event: IntegrationEvent;
  /** The document as it stands, including this message's own pending writes. */
  get<T extends Doc>(collection: string, id: string): Promise<T | undefined>;
  put(collection: string, doc: Doc): void;
  delete(collection: string, id: string): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are checked against their contracts before a handler runs
export type ProjectionHandler = (data: any, context: ProjectionContext) => Promise<void> | void;

/**
 * A read model: the integration events it folds (by ce_type) into the
 * collections it owns. Handlers must be deterministic: a rebuild replays the
 * same events and must end where the incremental run ended.
 */
export interface ProjectionDefinition {
  readonly name: string;
  readonly collections: readonly string[];
  readonly indexes?: Readonly<Record<string, Array<Record<string, 1 | -1>>>>;
  readonly handlers: Readonly<Record<string, ProjectionHandler>>;
}
