/**
 * Data keys, one per subject (a clue): whoever holds a subject's key reads its personal
 * data; erasing the key makes that data unreadable wherever its ciphertext lies
 * (crypto-shredding). Embedded: FileKeyStore; in production a KMS adapter.
 */
export interface KeyStore {
  /** The subject's 32-byte data key, made on first use; SubjectErased once it was erased. */
  getOrCreate(subject: string): Promise<Uint8Array>;
  /** The subject's data key; undefined when none was made or it was erased. */
  get(subject: string): Promise<Uint8Array | undefined>;
  /** Destroys the subject's key for good and remembers that it did; repeating is a no-op. */
  erase(subject: string, at: Date): Promise<void>;
  /** When the subject's key was erased (ISO), undefined when it was not. */
  erasedAt(subject: string): Promise<string | undefined>;
}

export const KEY_STORE = Symbol('KeyStore');

/** A key is asked for a subject whose key was erased: its data must not be sealed anew. */
export class SubjectErased extends Error {
  constructor(readonly subject: string) {
    super(`the data key of ${subject} was erased`);
    this.name = 'SubjectErased';
  }
}

/**
 * A subject's data is sealed but its key is neither there nor erased: the key store is not
 * the one the data was sealed with (a misconfigured XUNCHA_KEY_STORE_DIR) or was lost.
 */
export class DataKeyMissing extends Error {
  constructor(readonly subject: string) {
    super(
      `no data key for ${subject}, and it was never erased: is the key store the one shared ` +
        'by the services that sealed it?',
    );
    this.name = 'DataKeyMissing';
  }
}
