import { performance } from 'node:perf_hooks';
import { openPostgres } from '@hpc-access/eventstore-postgres';
import { Inbox, KafkaBus } from '@hpc-access/messaging';
import { benchBusOptions, rawKafka } from './bench-kafka';

/**
 * The consuming service of the latency bench, in a process of its own as in distributed mode:
 * `service` consumes through the KafkaBus into an inbox and a read model in one transaction;
 * `raw` is a bare kafkajs consumer. It reports (event id, absolute time) pairs to its parent.
 */
const [mode, topic, group, brokers, databaseUrl, schema] = process.argv.slice(2);
const now = () => performance.timeOrigin + performance.now();
let pending: Array<[string, number]> = [];
setInterval(() => {
  if (pending.length === 0) return;
  process.send?.({ done: pending });
  pending = [];
}, 50).unref();

async function main(): Promise<void> {
  const mock = { brokers: brokers.split(',') };
  if (mode === 'raw') {
    const consumer = rawKafka(mock).consumer({ groupId: group, maxWaitTimeInMs: 10 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void pending.push([message.headers?.ce_id?.toString() ?? '', now()]) });
  } else {
    const db = openPostgres({ connectionString: databaseUrl, max: 4 });
    const inbox = new Inbox(schema);
    const bus = new KafkaBus(benchBusOptions(mock));
    await bus.subscribe(topic, group, async (message) => {
      const event = message.value as { id: string; data: { applicationId: string } };
      await inbox.handle(db, 'bench', event.id, (tx) =>
        tx.query(`INSERT INTO ${schema}.withdrawals (application_id, event_id) VALUES ($1, $2) ON CONFLICT (application_id) DO UPDATE SET event_id = EXCLUDED.event_id`, [event.data.applicationId, event.id]).then(() => undefined),
      );
      pending.push([event.id, now()]);
    });
  }
  process.send?.({ ready: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
