import { Inject, Injectable } from '@nestjs/common';
import {
  clueDecider,
  type ClueCommand,
  type ClueEvent,
  type ClueRecordRead,
  type ClueState,
} from '@xuncha/clue-domain';
import { EVENT_STORE, type CommandContext, type EventStore } from '@xuncha/platform-event-store';
import { AggregateNotFound, type RecordedEvent } from '@xuncha/platform-kernel';
import { clueAuditStore, clueStore } from './clue-store';

/** Loads and changes clues: what the HTTP calls, the commission's messages and the 督办 share. */
@Injectable()
export class ClueCommands {
  private readonly clues;
  readonly audit;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.clues = clueStore(store);
    this.audit = clueAuditStore(store);
  }

  /** The clue's state and its stored events; 404 when it was never registered. */
  async load(id: string): Promise<{ state: ClueState; events: RecordedEvent[] }> {
    const events = await this.store.readStream(this.clues.streamId(id));
    if (events.length === 0) throw new AggregateNotFound('clue', id);
    const state = events.reduce(
      (acc, event) => clueDecider.evolve(acc, { type: event.type, data: event.data } as ClueEvent),
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
}
