/**
 * A consuming service in its own process, for the cross-process tests: a
 * NestJS microservice on the BusTransport that opens a counter in its own
 * event store for every CounterOpened it receives. Prints "ready" once
 * listening. Bus: KAFKA_BROKERS when set, else the embedded log in argv[2]. With a path in
 * argv[3], appends the id of each counter it handled to that file.
 */
import 'reflect-metadata';
import { Controller, Inject, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { counterDecider } from '@xuncha/platform-kernel';
import { AggregateStore, SqliteEventStore } from '@xuncha/platform-event-store';
import { createBus } from '../../select-bus';
import { BusContext, BusTransport } from '../bus-transport';
import { TEST_EVENTS_TOPIC, validateCounterOpened } from './counter-contract';

const dir = process.argv[2];
const handledLog = process.argv[3];
const store = new SqliteEventStore(join(dir, 'consumer', 'events.sqlite'));
const counters = new AggregateStore(store, counterDecider, { streamPrefix: 'consumer.counter' });

@Controller()
class CounterOpenedHandler {
  constructor(@Inject('counters') private readonly aggregates: typeof counters) {}

  @EventPattern('xuncha.test.CounterOpened.v1')
  async openCounter(@Payload() data: { id: string; limit: number }, @Ctx() context: BusContext) {
    await this.aggregates.execute(
      data.id,
      { type: 'OpenCounter', ...data },
      context.commandContext(),
    );
    // Which replica handled what, for the replica tests: written at once, so that a kill -9
    // loses none of it (stdout is an asynchronous pipe and would).
    if (handledLog) appendFileSync(handledLog, `${data.id}\n`);
  }
}

@Module({
  controllers: [CounterOpenedHandler],
  providers: [{ provide: 'counters', useValue: counters }],
})
class ConsumerModule {}

async function main(): Promise<void> {
  const bus = createBus({
    dataDir: dir,
    kafkaBrokers: process.env.KAFKA_BROKERS?.split(','),
    clientId: 'counter-consumer',
  });
  const app = await NestFactory.createMicroservice(ConsumerModule, {
    strategy: new BusTransport(bus, {
      service: 'counter-consumer',
      topicOf: (type) => (type.startsWith('xuncha.test.') ? TEST_EVENTS_TOPIC : undefined),
      validate: (type, data) =>
        type === 'xuncha.test.CounterOpened.v1' ? validateCounterOpened(data) : [],
      retryDelayMs: 10,
    }),
    logger: ['error'],
  });
  await app.listen();
  process.stdout.write('ready\n');
  const shutdown = async () => {
    await app.close();
    await bus.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
}

void main();
