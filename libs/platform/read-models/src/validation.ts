import type { DocumentChange, ProjectionCheckpoint } from './port/read-model-store.port';

/** The MongoDB collection of checkpoints; refused as a read-model name on every adapter alike. */
export const CHECKPOINTS_COLLECTION = 'read_model_checkpoints';
/** The MongoDB collection of leases (`exclusively`); refused as a read-model name too. */
export const LEASES_COLLECTION = 'read_model_leases';

export function checkCollection(name: string): string {
  if (
    typeof name !== 'string' ||
    name === '' ||
    /[$\0]/.test(name) ||
    name.startsWith('system.') ||
    name === CHECKPOINTS_COLLECTION ||
    name === LEASES_COLLECTION
  ) {
    throw new RangeError(`"${name}" cannot name a read-model collection`);
  }
  return name;
}

/**
 * The JSON text a put stores, after the checks every adapter makes: a change
 * failing them fails the whole commit.
 */
export function storedJson(change: Extract<DocumentChange, { kind: 'put' }>): string {
  checkCollection(change.collection);
  const id = (change.doc as { _id?: unknown } | null)?._id;
  if (typeof id !== 'string' || id === '') {
    throw new TypeError(`a document put in ${change.collection} needs a non-empty string _id`);
  }
  return JSON.stringify(change.doc);
}

export function checkDelete(change: Extract<DocumentChange, { kind: 'delete' }>): void {
  checkCollection(change.collection);
  if (typeof change.id !== 'string' || change.id === '') {
    throw new TypeError(`a delete in ${change.collection} needs a non-empty string id`);
  }
}

/** The position as a number, and in canonical form (no leading zeros) for storing. */
export function checkPosition(checkpoint: ProjectionCheckpoint): { value: bigint; text: string } {
  const { projection, source, position } = checkpoint;
  if (!projection || !source) throw new RangeError('a checkpoint needs a projection and a source');
  if (!/^\d+$/.test(position)) {
    throw new RangeError(`checkpoint position must be a decimal integer, not "${position}"`);
  }
  const value = BigInt(position);
  return { value, text: value.toString() };
}
