import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { CLUE_RECIPIENTS, type ClueRecipient } from '@xuncha/contracts';
import {
  generateRecipientKeyPair,
  recipientKeyFromJwk,
  type RecipientKey,
} from '@xuncha/platform-crypto';

/** Where each recipient's public key (a JWK in a file) is configured. */
export const RECIPIENT_KEY_VARIABLES: Readonly<Record<ClueRecipient, string>> = {
  'discipline-commission': 'DISCIPLINE_COMMISSION_PUBLIC_KEY_FILE',
  'organization-department': 'ORGANIZATION_DEPARTMENT_PUBLIC_KEY_FILE',
  'other-authority': 'OTHER_AUTHORITY_PUBLIC_KEY_FILE',
};

/** The public keys transfers are sealed for, one per recipient. */
export class RecipientKeys {
  constructor(private readonly keys: ReadonlyMap<ClueRecipient, RecipientKey>) {}

  keyOf(recipient: ClueRecipient): RecipientKey {
    return this.keys.get(recipient)!;
  }

  /**
   * Reads each recipient's public JWK from the file its variable names; a file that is
   * missing or holds no public key stops the service at start, naming the variable. Without
   * a file (a local run, which has no commission) transfers are sealed for a stand-in key
   * whose private half is dropped at once: nobody, this system included, can read them.
   */
  static async load(env: NodeJS.ProcessEnv, logger = new Logger('RecipientKeys')) {
    const keys = new Map<ClueRecipient, RecipientKey>();
    for (const recipient of CLUE_RECIPIENTS) {
      const variable = RECIPIENT_KEY_VARIABLES[recipient];
      const file = env[variable];
      if (file) {
        try {
          keys.set(recipient, await recipientKeyFromJwk(JSON.parse(readFileSync(file, 'utf8'))));
        } catch (error) {
          throw new Error(
            `${variable} must name a file holding the recipient's public JWK: ${
              (error as Error).message
            }`,
          );
        }
        continue;
      }
      const { publicJwk } = await generateRecipientKeyPair();
      keys.set(recipient, await recipientKeyFromJwk(publicJwk));
      logger.warn(
        `${variable} is not set: transfers to ${recipient} are sealed for a stand-in key ` +
          'whose private half was not kept, so nobody can read them',
      );
    }
    return new RecipientKeys(keys);
  }
}
