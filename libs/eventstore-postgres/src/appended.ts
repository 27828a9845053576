/** What append_events() reports, parsed (infra/migrations/eventstore/002_append_function.sql). */
export interface Appended {
  transactionId: string;
  /** The stream's revision after the append. */
  revision: number;
  /** The hash the first appended event chains to; null for a new stream. */
  hashBefore: string | null;
  globalPositions: string[];
  hashes: string[];
}

/** Parses '<transaction id> <revision> <hash before | -> (<global position> <hash>)*'. */
export function parseAppended(text: string): Appended {
  const parts = text.split(' ');
  const globalPositions: string[] = [];
  const hashes: string[] = [];
  for (let i = 3; i < parts.length; i += 2) {
    globalPositions.push(parts[i]);
    hashes.push(parts[i + 1]);
  }
  return { transactionId: parts[0], revision: Number(parts[1]), hashBefore: parts[2] === '-' ? null : parts[2], globalPositions, hashes };
}
