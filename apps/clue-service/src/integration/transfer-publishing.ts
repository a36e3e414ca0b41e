import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import { BUS, toBusMessage, type Bus } from '@xuncha/platform-bus';
import { KEY_STORE, type KeyStore } from '@xuncha/platform-crypto';
import {
  CheckpointedSubscription,
  EVENT_STORE,
  type EventStore,
} from '@xuncha/platform-event-store';
import { sealedClueEvents } from '../clues/clue-store';
import { clueTransferPublishes } from './clue.publishes';

/**
 * Publishes transfers to the commission in full. The platform's publisher reads the store
 * as stored, where the personal fields are sealed and its mapping cannot wait for a key,
 * so transfers have their own checkpointed subscription over the opened store.
 */
@Injectable()
export class TransferPublishing implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TransferPublisher');
  private subscription?: CheckpointedSubscription;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
    @Inject(BUS) private readonly bus: Bus,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = new CheckpointedSubscription(sealedClueEvents(this.store, this.keys), {
      name: 'transfer-publisher',
      handle: async (events) => {
        const messages = events.flatMap((event) =>
          clueTransferPublishes(event).map((outgoing) =>
            toBusMessage(outgoing.topic, {
              id: transferMessageId(event.id),
              type: outgoing.type,
              source: 'xuncha/clue-service',
              subject: outgoing.key,
              time: event.occurredAt,
              correlationId: event.metadata.correlationId,
              causationId: event.id,
              data: outgoing.data,
            }),
          ),
        );
        if (messages.length > 0) await this.bus.publish(messages);
      },
      onError: (error, attempt) =>
        this.logger.warn(
          `publishing transfers failed (attempt ${attempt}), retrying: ${(error as Error).message}`,
        ),
    }).start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Stored events the transfer publisher has not looked at yet. */
  async lag(): Promise<number> {
    return (await this.subscription?.lag()) ?? 0;
  }
}

/**
 * The id the platform's publisher gave a transfer as the second message of its
 * ClueTransferred: kept, so transfers republished after the upgrade deduplicate.
 */
export function transferMessageId(eventId: string): string {
  const hex = createHash('sha256').update(`${eventId}#1`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
