import { loadGatewayConfig } from './gateway/config';
import { ensureBundle } from './gateway/bundle';
import { startGateway } from './gateway/server';

/** The console: builds the browser bundle when it is missing or stale, then serves it. */
async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const bundle = await ensureBundle((line) => process.stderr.write(`${line}\n`));
  const gateway = await startGateway(config, bundle);
  process.stdout.write(
    `${JSON.stringify({ level: 30, msg: `console listening on http://localhost:${gateway.port}` })}\n`,
  );
  const stop = () => void gateway.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`the console did not start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
