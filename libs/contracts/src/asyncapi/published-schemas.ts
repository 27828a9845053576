import type { AsyncApiDocument } from './asyncapi-document';
import { SCHEMA_REF_PREFIX, type JsonSchema } from './payload-schemas';

/** What a version of an event promises: its topic, headers and payload, nested classes inlined. */
export interface PublishedEvent {
  topic: string;
  headers: JsonSchema;
  payload: JsonSchema;
}

/** libs/contracts/asyncapi/published.json: every event version ever published, by type. */
export interface PublishedSchemas {
  $comment?: string;
  events: Record<string, PublishedEvent>;
}

/** One difference between a published version and the current contracts: each one breaks someone. */
export interface Break {
  type: string;
  path: string;
  change: string;
}

export interface Compatibility {
  /** Changes to published versions: the build fails on any. */
  breaking: Break[];
  /** Event versions in the contracts that the snapshot does not hold yet (`npm run contracts:snapshot`). */
  unpublished: string[];
}

// Words for people, not rules a message is checked against: they may change in a published version.
const ANNOTATIONS = new Set(['description', 'title', 'examples', '$comment']);

/** The events of a document as the snapshot keeps them, self-contained (no `$ref`). */
export function publishedSchemasOf(document: AsyncApiDocument): PublishedSchemas {
  const { components, channels } = document;
  // Integration events only: the dead-letter message is the adapter's, not published language.
  const types = Object.keys(components.messages).filter((id) => components.messages[id]['x-event-type'] === id).sort();
  const topicOf = new Map<string, string>();
  for (const channel of Object.values(channels)) {
    for (const { $ref } of Object.values(channel.messages)) {
      const id = $ref.slice('#/components/messages/'.length);
      if (!types.includes(id)) continue;
      if (topicOf.has(id)) throw new Error(`message ${id} is on two topics`);
      topicOf.set(id, channel.address);
    }
  }
  const events: Record<string, PublishedEvent> = {};
  for (const type of types) {
    const message = components.messages[type];
    const topic = topicOf.get(type);
    if (topic === undefined) throw new Error(`message ${type} is on no channel`);
    events[type] = {
      topic,
      headers: inline(message.headers, components.schemas),
      payload: inline(message.payload, components.schemas),
    };
  }
  return { events };
}

/**
 * Compares the published versions with the current ones. The rule (ADR 19): a published version
 * is frozen but for its annotations. Consumers validate strictly both ways round: a narrower
 * schema (a field removed or renamed, a type changed, a new required field, an enum value
 * removed, a lower limit) refuses events already in the log and those of producers not yet
 * upgraded; a wider one (a new optional field, a new enum value, a higher limit) is refused by
 * consumers still on the old contract, which forbid unknown fields. Both ship as a new version.
 */
export function compareWithPublished(published: PublishedSchemas, current: PublishedSchemas): Compatibility {
  const breaking: Break[] = [];
  for (const [type, before] of Object.entries(published.events)) {
    const after = current.events[type];
    if (!after) {
      breaking.push({ type, path: '', change: 'published version removed from the contracts' });
      continue;
    }
    const report = (path: string, change: string) => breaking.push({ type, path, change });
    if (before.topic !== after.topic) report('topic', `moved from ${before.topic} to ${after.topic}`);
    diffSchemas(before.headers, after.headers, 'headers', report);
    diffSchemas(before.payload, after.payload, 'payload', report);
  }
  const unpublished = Object.keys(current.events).filter((type) => !(type in published.events)).sort();
  const order = (b: Break) => `${b.type}\u0000${b.path}\u0000${b.change}`;
  return { breaking: breaking.sort((a, b) => order(a).localeCompare(order(b))), unpublished };
}

/** The breaks, one per line, for a test failure or the snapshot script. */
export function describeBreaks(breaks: readonly Break[]): string {
  return breaks.map((b) => `${b.type} ${b.path}: ${b.change}`).join('\n');
}

type Report = (path: string, change: string) => void;

function diffSchemas(before: JsonSchema, after: JsonSchema, path: string, report: Report): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((key) => !ANNOTATIONS.has(key)));
  for (const key of [...keys].sort()) {
    const [was, is] = [before[key], after[key]];
    if (key === 'properties') diffProperties(asRecord(was), asRecord(is), path, report);
    else if (key === 'required') diffRequired(asList(was), asList(is), path, report);
    else if (key === 'enum') diffEnum(asList(was), asList(is), path, report);
    else if (key === 'items' && isSchema(was) && isSchema(is)) diffSchemas(was, is, `${path}[]`, report);
    else if (key === 'type' && !same(was, is)) report(path, `type changed from ${show(was)} to ${show(is)}`);
    else if (!same(was, is)) report(path, `${key} changed from ${show(was)} to ${show(is)}`);
  }
}

function diffProperties(before: Record<string, JsonSchema>, after: Record<string, JsonSchema>, path: string, report: Report): void {
  for (const name of Object.keys(before)) {
    if (!(name in after)) report(`${path}.${name}`, 'field removed (or renamed): events that carry it are refused');
    else diffSchemas(before[name], after[name], `${path}.${name}`, report);
  }
  for (const name of Object.keys(after)) {
    if (!(name in before)) report(`${path}.${name}`, 'field added: consumers of this version refuse unknown fields');
  }
}

function diffRequired(before: unknown[], after: unknown[], path: string, report: Report): void {
  for (const name of after) if (!before.includes(name)) report(`${path}.${String(name)}`, 'now required: events without it are refused');
  for (const name of before) if (!after.includes(name)) report(`${path}.${String(name)}`, 'no longer required: consumers of this version expect it');
}

function diffEnum(before: unknown[], after: unknown[], path: string, report: Report): void {
  for (const value of before) if (!after.includes(value)) report(path, `enum value ${show(value)} removed`);
  for (const value of after) if (!before.includes(value)) report(path, `enum value ${show(value)} added: consumers of this version refuse it`);
}

/** Replaces `$ref`s to component schemas by their content, so the snapshot stands alone. */
function inline(schema: JsonSchema, schemas: Record<string, JsonSchema>, seen: readonly string[] = []): JsonSchema {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isSchema(value)) return value;
    const ref = value['$ref'];
    if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF_PREFIX)) {
      const name = ref.slice(SCHEMA_REF_PREFIX.length);
      if (seen.includes(name)) throw new Error(`payload schema ${name} refers to itself: it cannot be inlined`);
      const target = schemas[name];
      if (!target) throw new Error(`no schema ${name} in the document`);
      return inline(target, schemas, [...seen, name]);
    }
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child)]));
  };
  return walk(schema) as JsonSchema;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, JsonSchema> {
  return isSchema(value) ? (value as Record<string, JsonSchema>) : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
