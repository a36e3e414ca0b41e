import { Inject, Injectable } from '@nestjs/common';
import {
  clueDecider,
  type ClueCommand,
  type ClueEvent,
  type ClueRecordRead,
  type ClueState,
} from '@xuncha/clue-domain';
import { KEY_STORE, type KeyStore } from '@xuncha/platform-crypto';
import { EVENT_STORE, type CommandContext, type EventStore } from '@xuncha/platform-event-store';
import {
  AggregateNotFound,
  ConcurrencyConflict,
  type RecordedEvent,
} from '@xuncha/platform-kernel';
import {
  CommandPipeline,
  assertRecordInReach,
  type CommandCall,
  type Role,
} from '@xuncha/platform-nest';
import { assertReachesClue } from './clue-access';
import { clueAuditStore, clueSchemas, clueStore, sealedClueEvents } from './clue-store';

/** Loads and changes clues: what the HTTP calls, the commission's messages and the 督办 share. */
@Injectable()
export class ClueCommands {
  private readonly clues;
  private readonly sealed: EventStore;
  readonly audit;
  /**
   * Commands of callers over HTTP: the clue in the caller's jurisdiction and in
   * reach of one of the roles the step allows.
   */
  readonly pipeline: CommandPipeline<ClueState, ClueCommand, ClueEvent, readonly Role[]>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
  ) {
    this.sealed = sealedClueEvents(store, keys);
    this.clues = clueStore(this.sealed);
    this.audit = clueAuditStore(store);
    this.pipeline = new CommandPipeline(this.clues, ({ state }, { id, principal }, roles) => {
      if (!state.facts) throw new AggregateNotFound('clue', id);
      assertRecordInReach(principal, state.facts.jurisdiction, 'clue', id);
      // No roles: the jurisdiction is the whole reach (the admin's erasure).
      if (roles.length > 0) assertReachesClue(principal, state.facts, roles, id);
    });
  }

  /** The clue's state and its stored events; 404 when it was never registered. */
  async load(id: string): Promise<{ state: ClueState; events: RecordedEvent[] }> {
    const events = await this.sealed.readStream(this.clues.streamId(id));
    if (events.length === 0) throw new AggregateNotFound('clue', id);
    const state = events
      .map((event) => clueSchemas.upcast<ClueEvent>(event))
      .reduce(
        (acc, event) =>
          clueDecider.evolve(acc, { type: event.type, data: event.data } as ClueEvent),
        clueDecider.initialState(),
      );
    return { state, events };
  }

  /** Who read the full record and when, oldest first. */
  async readTrail(id: string): Promise<ClueRecordRead['data'][]> {
    const events = await this.store.readStream(this.audit.streamId(id));
    return events.map((event) => event.data as ClueRecordRead['data']);
  }

  execute(id: string, command: ClueCommand, context: CommandContext) {
    return this.clues.execute(id, command, context);
  }

  /**
   * Crypto-shredding: the key goes first, then the fact is recorded. A failure in between
   * leaves the data unreadable already, and a retry records the fact (the key erase repeats
   * as a no-op). The 督办 appends on its own clock: an erasure without If-Match that met
   * one of its overdues loads the clue again and records the fact on it.
   */
  async erasePersonalData(call: CommandCall, reason: string) {
    const { context } = call;
    const erase = () =>
      this.pipeline.run(call, async () => {
        await this.keys.erase(call.id, context.now);
        return { type: 'ErasePersonalData', at: context.now.toISOString(), reason } as const;
      }, []);
    for (let attempt = 1; ; attempt++) {
      try {
        return await erase();
      } catch (error) {
        const retry =
          error instanceof ConcurrencyConflict && context.expectedRevision === undefined;
        if (!retry || attempt === 3) throw error;
      }
    }
  }
}
