import { dlqTopicFor, GovernanceEvents, IntakeEvents, topicFor, type IntegrationEvent } from '@hpc-access/contracts';
import { DLQ_HEADERS } from './dead-letter';
import { InProcessBus } from './in-process-bus';
import { Inbox } from './inbox';
import { subscribeToIntegrationEvents } from './integration-event-consumer';
import { applicationWithdrawn } from './testing-only/integration-events';
import { openMessagingDatabase, type MessagingDatabase } from './testing-only/messaging-database';
import { RecordingLogger } from './testing-only/recording-logger';

const topic = topicFor('intake');

describe('consuming integration events: validated, deduplicated, dead-lettered', () => {
  let database: MessagingDatabase;
  let bus: InProcessBus;
  let withdrawals: string[];

  beforeAll(async () => {
    database = await openMessagingDatabase('pglite');
    await database.db.query(`CREATE TABLE ${database.schema}.withdrawals (application_id text NOT NULL)`);
  });
  afterAll(() => database?.dispose());

  beforeEach(async () => {
    await database.db.query(`DELETE FROM ${database.schema}.withdrawals`);
    await database.db.query(`DELETE FROM ${database.schema}.inbox`);
    bus = new InProcessBus({ logger: new RecordingLogger(), partitions: 2, retry: { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 } });
    withdrawals = [];
  });
  afterEach(() => bus.close());

  const subscribe = (failFor: string | null = null) =>
    subscribeToIntegrationEvents({
      bus,
      db: database.db,
      inbox: new Inbox(database.schema),
      topic,
      group: 'allocation.applications',
      handlers: {
        [IntakeEvents.ApplicationWithdrawn.type]: async (event, tx) => {
          // @ts-expect-error handlers are typed by their contract, and a withdrawal has no `reason`
          void event.data.reason;
          if (event.data.applicationId === failFor) throw new Error('allocation table locked');
          await tx.query(`INSERT INTO ${database.schema}.withdrawals (application_id) VALUES ($1)`, [event.data.applicationId]);
          withdrawals.push(event.data.applicationId);
        },
      },
    });
  const storedWithdrawals = async () => {
    const { rows } = await database.db.query<{ application_id: string }>(`SELECT application_id FROM ${database.schema}.withdrawals`);
    return rows.map((r) => r.application_id);
  };

  it('applies an event delivered twice once', async () => {
    await subscribe();
    const event = applicationWithdrawn('app-1');

    await bus.publish(topic, [event, event]);
    await bus.idle();

    expect(await storedWithdrawals()).toEqual(['app-1']);
    expect(withdrawals).toEqual(['app-1']);
    expect(bus.records(dlqTopicFor(topic))).toEqual([]);
  });

  it('dead-letters an invalid event at once with its field errors, and handles the next', async () => {
    await subscribe();
    const valid = applicationWithdrawn('app-1');
    const invalid: IntegrationEvent = { ...applicationWithdrawn('app-1'), data: { applicationId: 'app-1', withdrawnAt: 'soon' } };

    await bus.publish(topic, [invalid, valid]);
    await bus.idle();

    expect(await storedWithdrawals()).toEqual(['app-1']);
    const [dead] = bus.records(dlqTopicFor(topic));
    expect(dead.value).toEqual(invalid);
    expect(dead.headers[DLQ_HEADERS.reason]).toBe('invalid integration event');
    expect(dead.headers[DLQ_HEADERS.attempts]).toBe('1');
    expect(JSON.parse(dead.headers[DLQ_HEADERS.details])).toEqual(
      expect.arrayContaining([
        { field: 'data.organisationId', reason: expect.any(String) },
        { field: 'data.withdrawnAt', reason: expect.any(String) },
      ]),
    );
  });

  it('retries a failing handler, then dead-letters the event with no trace in the inbox, and moves on', async () => {
    await subscribe('app-bad');
    const bad = applicationWithdrawn('app-bad');
    const next = applicationWithdrawn('app-2');

    await bus.publish(topic, [bad, next]);
    await bus.idle();

    expect(await storedWithdrawals()).toEqual(['app-2']);
    const [dead] = bus.records(dlqTopicFor(topic));
    expect(dead.value).toEqual(bad);
    expect(dead.headers).toMatchObject({ [DLQ_HEADERS.reason]: 'allocation table locked', [DLQ_HEADERS.attempts]: '3' });
    const inbox = await database.db.query<{ event_id: string }>(`SELECT event_id FROM ${database.schema}.inbox`);
    expect(inbox.rows.map((r) => r.event_id)).toEqual([next.id]);
  });

  it('acknowledges a known event it has no handler for without recording it', async () => {
    await subscribe();
    const signed = {
      ...applicationWithdrawn('org-1'),
      type: GovernanceEvents.PledgeSigned.type,
      source: 'governance' as const,
      data: { organisationId: 'org-1', pledgeVersion: 2, signedBy: 'user-1', signedAt: '2026-04-01T10:00:00.000Z' },
    };

    await bus.publish(topic, [signed]);
    await bus.idle();

    expect(bus.records(dlqTopicFor(topic))).toEqual([]);
    expect((await database.db.query(`SELECT 1 FROM ${database.schema}.inbox`)).rows).toEqual([]);
  });
});
