import 'reflect-metadata';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBusMessage } from '../cloudevents/cloudevents';
import { EmbeddedBus } from '../embedded/embedded-bus';
import { BusTransport } from './bus-transport';

const SLOW = 'xuncha.slow.Happened.v1';
const FAST = 'xuncha.fast.Happened.v1';
const topicOf = (type: string) => (type === SLOW ? 'xuncha.slow.events' : 'xuncha.fast.events');

let release!: () => void;
const slowGate = new Promise<void>((resolve) => (release = resolve));
const handled: string[] = [];

@Controller()
class Handlers {
  @EventPattern(SLOW)
  async slow(@Payload() data: { n: number }) {
    await slowGate;
    handled.push(`slow-${data.n}`);
  }

  @EventPattern(FAST)
  fast(@Payload() data: { n: number }) {
    handled.push(`fast-${data.n}`);
  }
}

@Module({ controllers: [Handlers] })
class HandlersModule {}

function event(type: string, n: number) {
  return toBusMessage(topicOf(type), {
    id: randomUUID(),
    type,
    source: 'xuncha/test',
    subject: 'same-key',
    time: new Date().toISOString(),
    correlationId: randomUUID(),
    data: { n },
  });
}

describe('a slow handler on one topic', () => {
  let dir: string;
  let bus: EmbeddedBus;
  let app: INestMicroservice;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-slow-'));
    bus = new EmbeddedBus(join(dir, 'log.sqlite'));
    app = await NestFactory.createMicroservice(HandlersModule, {
      strategy: new BusTransport(bus, { service: 'test', topicOf, validate: () => [] }),
      logger: false,
    });
    await app.listen();
  });

  afterAll(async () => {
    release();
    await app.close();
    await bus.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not stall the handlers of another topic', async () => {
    await bus.publish([event(SLOW, 1), event(FAST, 1), event(FAST, 2)]);
    const deadline = Date.now() + 10000;
    while (handled.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(handled).toEqual(['fast-1', 'fast-2']);
    release();
    while (handled.length < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(handled).toEqual(['fast-1', 'fast-2', 'slow-1']);
  });
});
