import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyLike } from 'jose';
import {
  CLUE_RECIPIENTS,
  TOPICS,
  type ClueIdentified,
  type ClueRecipient,
  type SealedClueIdentified,
  type SealedClueTransferred,
  type SealedTransferPersonalData,
} from '@xuncha/contracts';
import { toBusMessage, type BusMessage } from '@xuncha/platform-bus';
import {
  generateRecipientKeyPair,
  openAsRecipient,
  seal,
  type KeyStore,
} from '@xuncha/platform-crypto';
import { RECIPIENT_KEY_VARIABLES } from './integration/recipient-keys';

export const PERSON = {
  name: '王某某',
  position: '商洛市财政局政府采购科科长',
  rank: 'section' as const,
};
export const ALLEGATION = '反映其在2024年办公设备政府采购中违规指定供应商，并收受供应商礼金。';

/** A clue as the inspection service identifies it at a city bureau (611000). */
export function clueIdentified(overrides: Partial<ClueIdentified> = {}): ClueIdentified {
  return {
    clueId: randomUUID(),
    inspectionId: randomUUID(),
    roundId: randomUUID(),
    teamId: randomUUID(),
    teamLeaderId: randomUUID(),
    targetId: randomUUID(),
    targetName: '商洛市财政局',
    jurisdiction: '611000',
    tier: 'city',
    person: PERSON,
    allegation: ALLEGATION,
    discipline: 'integrity',
    urgent: true,
    identifiedAt: '2026-04-09T10:00:00+08:00',
    evidenceRefs: ['调阅资料-财政局-2026-017', '个别谈话记录-第41号'],
    ...overrides,
  };
}

/** The message the inspection service publishes on the restricted clues topic. */
export function clueIdentifiedMessage(clue: ClueIdentified, id = randomUUID()): BusMessage {
  return toBusMessage(TOPICS.inspectionClues, {
    id,
    type: 'xuncha.inspection.ClueIdentified.v1',
    source: 'xuncha/inspection-service',
    subject: clue.clueId,
    time: clue.identifiedAt,
    correlationId: randomUUID(),
    data: clue,
  });
}

/** The same clue as the inspection service now sends it: personal data sealed with its key. */
export async function sealedClueIdentifiedMessage(
  clue: ClueIdentified,
  keys: KeyStore,
): Promise<BusMessage> {
  const { person, allegation, evidenceRefs, ...rest } = clue;
  const personal = {
    'person.name': person.name,
    'person.position': person.position,
    allegation,
    evidenceRefs,
  };
  const key = await keys.getOrCreate(clue.clueId);
  const data: SealedClueIdentified = {
    ...rest,
    involvedRank: person.rank,
    personalData: seal(key, JSON.stringify(personal), clue.clueId),
  };
  return toBusMessage(TOPICS.inspectionClues, {
    id: randomUUID(),
    type: 'xuncha.inspection.SealedClueIdentified.v1',
    source: 'xuncha/inspection-service',
    subject: clue.clueId,
    time: clue.identifiedAt,
    correlationId: randomUUID(),
    data,
  });
}

/** Polls until `probe` answers something other than false or undefined. */
export async function eventually<T>(
  probe: () => Promise<T | false | undefined>,
  what: string,
  ms = 20000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== false && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Key pairs of stand-in recipients: each public JWK in a file of its own, named by the
 * variable the clue service reads (set in `process.env` for the service about to start).
 * The private keys stay with the test, as a real recipient keeps its own.
 */
export async function standInRecipients(): Promise<{
  privateKeyOf: (recipient: ClueRecipient) => KeyLike;
  restore: () => void;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-recipients-'));
  const privateKeys = new Map<ClueRecipient, KeyLike>();
  for (const recipient of CLUE_RECIPIENTS) {
    const { publicJwk, privateKey } = await generateRecipientKeyPair();
    const file = join(dir, `${recipient}.public.jwk`);
    writeFileSync(file, JSON.stringify(publicJwk));
    process.env[RECIPIENT_KEY_VARIABLES[recipient]] = file;
    privateKeys.set(recipient, privateKey);
  }
  return {
    privateKeyOf: (recipient) => privateKeys.get(recipient)!,
    restore: () => {
      for (const recipient of CLUE_RECIPIENTS)
        delete process.env[RECIPIENT_KEY_VARIABLES[recipient]];
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The record a stand-in recipient opens from a SealedClueTransferred. */
export async function openTransfer(
  transfer: Pick<SealedClueTransferred, 'personalData'>,
  privateKey: KeyLike,
): Promise<SealedTransferPersonalData> {
  return JSON.parse(await openAsRecipient(transfer.personalData, privateKey));
}
