/** Prints the signing key this process resolves for the data directory in argv[2], as hex. */
import { resolveSigningKey } from '../signing-key';

process.stdout.write(Buffer.from(resolveSigningKey(process.argv[2])).toString('hex'));
