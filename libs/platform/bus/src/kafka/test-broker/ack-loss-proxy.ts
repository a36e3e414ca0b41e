// A loopback TCP proxy in front of a test broker's client listener that can lose one
// produce acknowledgement: the broker has appended the batch, the producer never hears
// so, and sends it again. What an idempotent producer exists for, made to happen on cue.
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';

/** Kafka's API key of Produce requests. */
const PRODUCE = 0;

/** The partitions a withheld produce response acknowledged, with the broker's error codes. */
export interface WithheldAck {
  readonly partitions: ReadonlyArray<{ topic: string; partition: number; errorCode: number }>;
}

export interface AckLossProxy {
  /** The loopback port clients connect to (the broker advertises it). */
  readonly port: number;
  /** Where the proxy forwards to: the broker's own client port. */
  target: number;
  /**
   * Withholds the next produce response that acknowledges every partition without error
   * (the batch is in the log), and from then on passes nothing on that connection in
   * either direction. Resolves with what the response acknowledged.
   */
  withholdNextAck(): Promise<WithheldAck>;
  /** Drops the held connection: the producer's request fails, and it tries again. */
  releaseHeld(): void;
  close(): Promise<void>;
}

/** Splits a byte stream into Kafka frames (a 4-byte big-endian size, then the frame). */
function framer(onFrame: (frame: Buffer) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const size = pending.readInt32BE(0);
      if (pending.length < 4 + size) return;
      onFrame(pending.subarray(0, 4 + size));
      pending = pending.subarray(4 + size);
    }
  };
}

/**
 * The partitions and error codes of a Produce response of versions 1 to 7 (kafkajs speaks
 * up to 7; no tagged fields): correlation id, then [topic name, [partition, error code,
 * base offset, log append time (v2+), log start offset (v5+)]], then the throttle time.
 */
function produceAck(frame: Buffer, version: number): WithheldAck | undefined {
  if (version < 1 || version > 7) return undefined;
  const partitionTail = 8 + (version >= 2 ? 8 : 0) + (version >= 5 ? 8 : 0);
  let at = 8; // size, correlation id
  const partitions: Array<{ topic: string; partition: number; errorCode: number }> = [];
  const topics = frame.readInt32BE(at);
  at += 4;
  for (let t = 0; t < topics; t += 1) {
    const length = frame.readInt16BE(at);
    const topic = frame.toString('utf8', at + 2, at + 2 + length);
    at += 2 + length;
    const count = frame.readInt32BE(at);
    at += 4;
    for (let p = 0; p < count; p += 1) {
      partitions.push({
        topic,
        partition: frame.readInt32BE(at),
        errorCode: frame.readInt16BE(at + 4),
      });
      at += 6 + partitionTail;
    }
  }
  return { partitions };
}

export async function startAckLossProxy(): Promise<AckLossProxy> {
  const sockets = new Set<Socket>();
  let armed: ((ack: WithheldAck) => void) | undefined;
  let held: Array<Socket> = [];

  const server: Server = createServer((client) => {
    const broker = new Socket();
    sockets.add(client).add(broker);
    let holding = false;
    // Correlation id → [API key, version] of the requests on this connection.
    const requests = new Map<number, [number, number]>();
    const end = (): void => {
      if (holding) return;
      client.destroy();
      broker.destroy();
    };
    client
      .on('error', () => undefined)
      .on('close', () => {
        sockets.delete(client);
        broker.destroy();
      });
    broker.on('error', end).on('close', () => {
      sockets.delete(broker);
      end();
    });
    broker.connect(proxy.target, '127.0.0.1');
    client.on(
      'data',
      framer((frame) => {
        if (holding) return;
        requests.set(frame.readInt32BE(8), [frame.readInt16BE(4), frame.readInt16BE(6)]);
        broker.write(frame);
      }),
    );
    broker.on(
      'data',
      framer((frame) => {
        if (holding) return;
        const correlation = frame.readInt32BE(4);
        const [apiKey, version] = requests.get(correlation) ?? [-1, -1];
        requests.delete(correlation);
        if (armed && apiKey === PRODUCE) {
          const ack = produceAck(frame, version);
          if (ack && ack.partitions.length > 0 && ack.partitions.every((p) => p.errorCode === 0)) {
            holding = true;
            held.push(client);
            const resolve = armed;
            armed = undefined;
            resolve(ack);
            return;
          }
        }
        client.write(frame);
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  const proxy: AckLossProxy = {
    port: (server.address() as AddressInfo).port,
    target: 0,
    withholdNextAck: () =>
      new Promise((resolve) => {
        armed = resolve;
      }),
    releaseHeld: () => {
      const releasing = held;
      held = [];
      releasing.forEach((socket) => socket.destroy());
    },
    close: async () => {
      armed = undefined;
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
