/**
 * The entities whose history the auditor reads, each from the service that keeps it (every
 * service answers `GET …/history` with its events oldest first). The choice is kept in the URL
 * (`/auditor?kind=ethics-case&id=…`), so a history can be linked and reloaded.
 */
export const ENTITY_KINDS = ['application', 'intake-organisation', 'ethics-case', 'organisation', 'breach-report', 'allocation-application', 'allocation', 'call', 'capacity-ledger', 'account'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface HistorySearch {
  kind?: EntityKind;
  id?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
// A capacity ledger is named by its system and partition: one slash, each part an id (no `..` segment).
const SYSTEM_PARTITION = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function validateHistorySearch(search: Record<string, unknown>): HistorySearch {
  const result: HistorySearch = {};
  if (typeof search['kind'] === 'string' && (ENTITY_KINDS as readonly string[]).includes(search['kind'])) result.kind = search['kind'] as EntityKind;
  if (result.kind && typeof search['id'] === 'string' && (result.kind === 'capacity-ledger' ? SYSTEM_PARTITION : ID).test(search['id'])) result.id = search['id'];
  return result;
}

/** One line of an event's data for the table: its top-level fields, long values cut; the full data opens below. */
export function summariseData(data: Record<string, unknown>, max = 160): string {
  const parts = Object.entries(data).map(([key, value]) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return `${key}: ${text !== undefined && text.length > 40 ? `${text.slice(0, 39)}…` : text}`;
  });
  const line = parts.join(' · ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The entity picker's choices: the kind's entities, the id in the URL when the list does not hold it,
 * and what was typed when it is neither an id nor a label of the list (an id typed by hand is a choice too).
 */
export function entityOptions(entities: ReadonlyArray<{ value: string; label: string }>, id: string | undefined, typed: string): Array<{ value: string; label: string }> {
  const options = [...entities];
  if (id && !options.some((o) => o.value === id)) options.unshift({ value: id, label: id });
  const text = typed.trim();
  if (text && !options.some((o) => o.value === text || o.label === typed)) options.push({ value: text, label: text });
  return options;
}

/** What was typed in the entity picker belongs to the kind it was typed for: another kind starts empty. */
export interface TypedSearch {
  kind: EntityKind | undefined;
  text: string;
}
export const typedFor = (typed: TypedSearch, kind: EntityKind | undefined): string => (typed.kind === kind ? typed.text : '');
