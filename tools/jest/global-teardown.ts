// Stops what the global setup started: no broker outlives the run.
export default async function globalTeardown(): Promise<void> {
  await Promise.allSettled((globalThis.xunchaTestServers ?? []).map((server) => server.stop()));
  globalThis.xunchaTestServers = undefined;
}
