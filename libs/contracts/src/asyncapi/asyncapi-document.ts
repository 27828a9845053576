import type { IntegrationEventContract } from '../integration-event';
import { dlqTopicFor, PLATFORM, topicFor } from '../naming';
import { integrationEventRegistry } from '../registry';
import { cloudEventHeadersFor, deadLetterHeaders } from './cloud-event-headers';
import { payloadSchemaOf, type JsonSchema } from './payload-schemas';
import { PUBLISHER_OF, SUBSCRIPTIONS, type Subscription } from './subscriptions';

/** The parts of the AsyncAPI 3.0 document its readers here use; the rest is plain JSON. */
export interface AsyncApiDocument {
  asyncapi: '3.0.0';
  id: string;
  info: Record<string, unknown>;
  defaultContentType: string;
  servers: Record<string, unknown>;
  channels: Record<string, AsyncApiChannel>;
  operations: Record<string, unknown>;
  components: { messages: Record<string, AsyncApiMessage>; schemas: Record<string, JsonSchema> };
}

export interface AsyncApiChannel {
  address: string;
  messages: Record<string, { $ref: string }>;
  [field: string]: unknown;
}

export interface AsyncApiMessage {
  name: string;
  headers: JsonSchema;
  payload: JsonSchema;
  [field: string]: unknown;
}

const KAFKA_BINDING = '0.5.0';

/** The one message of every `.dlq` channel: whatever the original record was, plus why it failed. */
export const DEAD_LETTER_MESSAGE = `${PLATFORM}.dead-letter`;

/**
 * The integration events as an AsyncAPI 3.0 document (ADR 19): one channel per topic (context
 * and major version), one message per event type and version with its CloudEvents headers and
 * the payload schema derived from the class consumers validate it with, one `send` operation
 * per publishing service and one `receive` operation per consumer group.
 */
export function buildAsyncApiDocument(contracts: Iterable<IntegrationEventContract> = integrationEventRegistry.values()): AsyncApiDocument {
  const byTopic = new Map<string, IntegrationEventContract[]>();
  const schemas = new Map<string, JsonSchema>();
  const messages: Record<string, AsyncApiMessage> = {};
  for (const contract of [...contracts].sort((a, b) => a.type.localeCompare(b.type))) {
    const { schema, nested } = payloadSchemaOf(contract.payload);
    for (const [name, nestedSchema] of nested) addSchema(schemas, name, nestedSchema);
    messages[contract.type] = messageFor(contract, schema);
    const topic = topicOf(contract);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), contract]);
  }

  const channels: Record<string, AsyncApiChannel> = {};
  const operations: Record<string, unknown> = {};
  for (const [topic, topicContracts] of byTopic) {
    const channelId = channelIdOf(topic);
    const context = topicContracts[0].context;
    channels[channelId] = {
      address: topic,
      title: topic,
      description: `Integration events published by ${context}, one record per event, keyed by the entity (ce_subject) so one entity's events keep their order. What a consumer cannot handle goes to \`${topic}.dlq\`.`,
      messages: Object.fromEntries(topicContracts.map((contract) => [messageKeyOf(contract), { $ref: `#/components/messages/${contract.type}` }])),
      bindings: { kafka: { topic, bindingVersion: KAFKA_BINDING } },
    };
    channels[`${channelId}.dlq`] = {
      address: dlqTopicFor(topic),
      title: dlqTopicFor(topic),
      description: `Records of ${topic} a consumer group could not handle: invalid at once, or after bounded retries; the partition moved on.`,
      messages: { [DEAD_LETTER_MESSAGE]: { $ref: `#/components/messages/${DEAD_LETTER_MESSAGE}` } },
      bindings: { kafka: { topic: dlqTopicFor(topic), bindingVersion: KAFKA_BINDING } },
    };
    operations[`${PUBLISHER_OF[context]}.publish.${channelId}`] = {
      action: 'send',
      title: `${PUBLISHER_OF[context]} publishes`,
      summary: `The ${PUBLISHER_OF[context]} service's relay publishes its events from its event store (the store is the outbox).`,
      channel: { $ref: `#/channels/${channelId}` },
      messages: topicContracts.map((contract) => channelMessageRef(channelId, contract)),
    };
  }
  for (const subscription of SUBSCRIPTIONS) addReceive(operations, byTopic, subscription);
  messages[DEAD_LETTER_MESSAGE] = {
    name: DEAD_LETTER_MESSAGE,
    title: 'Dead letter',
    summary: 'A record a consumer group gave up on, with the reason; key and body are the original ones.',
    headers: deadLetterHeaders(),
    payload: { description: 'The original body, as it was (it may not even be JSON).' },
  };

  return {
    asyncapi: '3.0.0',
    id: `urn:${PLATFORM}:integration-events`,
    info: {
      title: 'HPC Access integration events',
      version: '0.1.0',
      description:
        'The published language between the services of HPC Access. Every record is a CloudEvents 1.0 event in the Kafka binary binding: attributes as `ce_*` headers, the body is the JSON payload alone. Consumers validate strictly (an unknown field is refused), so every payload change ships as a new event version; a published version never changes (ADR 5, ADR 19).',
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    defaultContentType: 'application/json',
    servers: {
      kafka: {
        host: '{brokers}',
        protocol: 'kafka',
        description: 'The Kafka cluster of distributed mode; embedded mode carries the same events on its in-process bus.',
        variables: { brokers: { default: 'localhost:9092', description: 'KAFKA_BROKERS of the deployment' } },
      },
    },
    channels,
    operations,
    components: { messages, schemas: Object.fromEntries([...schemas].sort(([a], [b]) => a.localeCompare(b))) },
  };
}

function messageFor(contract: IntegrationEventContract, payload: JsonSchema): AsyncApiMessage {
  return {
    name: contract.type,
    title: `${contract.name} v${contract.version}`,
    summary: `${contract.name}, version ${contract.version}, published by ${contract.context}.`,
    contentType: 'application/json',
    headers: cloudEventHeadersFor(contract),
    payload,
    correlationId: { description: 'The flow the event belongs to.', location: '$message.header#/correlation-id' },
    bindings: { kafka: { key: { type: 'string', minLength: 1, maxLength: 128, description: 'The subject (entity id).' }, bindingVersion: KAFKA_BINDING } },
    'x-event-type': contract.type,
    'x-event-version': contract.version,
    'x-context': contract.context,
  };
}

function addReceive(operations: Record<string, unknown>, byTopic: Map<string, IntegrationEventContract[]>, subscription: Subscription): void {
  const handled = (topic: string) => (byTopic.get(topic) ?? []).filter((contract) => subscription.types.includes(contract.type));
  // A group follows one topic; the types say which.
  const topics = [...byTopic.keys()].filter((topic) => handled(topic).length > 0);
  if (topics.length !== 1) throw new Error(`consumer group ${subscription.group} must handle types of exactly one known topic, found ${topics.length}`);
  const [topic] = topics;
  const channelId = channelIdOf(topic);
  operations[`${subscription.group}.receive`] = {
    action: 'receive',
    title: `${subscription.service} receives (${subscription.group})`,
    summary: `Consumer group ${subscription.group} of the ${subscription.service} service; other types on the topic are acknowledged and ignored.`,
    channel: { $ref: `#/channels/${channelId}` },
    messages: handled(topic).map((contract) => channelMessageRef(channelId, contract)),
    bindings: { kafka: { groupId: { type: 'string', enum: [subscription.group] }, bindingVersion: KAFKA_BINDING } },
  };
  operations[`${subscription.group}.dead-letter`] = {
    action: 'send',
    title: `${subscription.service} dead-letters (${subscription.group})`,
    summary: `What consumer group ${subscription.group} cannot handle goes to ${dlqTopicFor(topic)}.`,
    channel: { $ref: `#/channels/${channelId}.dlq` },
    messages: [{ $ref: `#/channels/${channelId}.dlq/messages/${DEAD_LETTER_MESSAGE}` }],
  };
}

function addSchema(schemas: Map<string, JsonSchema>, name: string, schema: JsonSchema): void {
  const known = schemas.get(name);
  if (known && JSON.stringify(known) !== JSON.stringify(schema)) throw new Error(`two nested payload classes are named ${name}: rename one`);
  schemas.set(name, schema);
}

/**
 * Every relay publishes on its context's topic of major version 1 (`topicFor(context)`), event
 * versions included: a new event version travels beside the old one. A topic major version 2
 * would have to be named by the contract, which does not say it yet.
 */
function topicOf(contract: IntegrationEventContract): string {
  return topicFor(contract.context);
}

function channelIdOf(topic: string): string {
  return topic.slice(PLATFORM.length + 1);
}

/** The type itself: the parser takes a channel's message key as the message's id. */
function messageKeyOf(contract: IntegrationEventContract): string {
  return contract.type;
}

function channelMessageRef(channelId: string, contract: IntegrationEventContract): { $ref: string } {
  return { $ref: `#/channels/${channelId}/messages/${messageKeyOf(contract)}` };
}
