import { Inject, Injectable } from '@nestjs/common';
import { BUS, derivedMessageId, integrationPublisher, type Bus } from '@xuncha/platform-bus';
import { KEY_STORE, type KeyStore } from '@xuncha/platform-crypto';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { RunningPublisher } from '@xuncha/platform-nest';
import { sealedClueEvents } from '../clues/clue-store';
import { clueTransferPublishes } from './clue.publishes';
import { RecipientKeys } from './recipient-keys';

/**
 * Publishes transfers to their recipients, sealed for each recipient's key. The service's
 * integration publisher reads the store as stored, where the personal fields are sealed with
 * the clue's key, so transfers have their own publisher over the opened store.
 */
@Injectable()
export class TransferPublishing extends RunningPublisher {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
    @Inject(BUS) private readonly bus: Bus,
    private readonly recipientKeys: RecipientKeys,
  ) {
    super('TransferPublisher');
  }

  protected publisher(onError: (error: unknown, attempt: number) => void) {
    return integrationPublisher(sealedClueEvents(this.store, this.keys), this.bus, {
      name: 'transfer-publisher',
      source: 'xuncha/clue-service',
      map: clueTransferPublishes(this.recipientKeys),
      onError,
      // Transfers once went out as ClueTransferred's second message: the same ce_ids keep
      // transfers republished after that change deduplicated by the commission.
      messageId: (event, index) => derivedMessageId(event.id, index + 1),
    });
  }
}
