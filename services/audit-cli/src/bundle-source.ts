import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleFormatError, type BundleEnd, type BundleHeader } from '@hpc-access/audit-bundle';
import type { HashWorkers } from './hash-workers';
import type { LineResult } from './page-hashes';
import type { StoredEvent } from '@hpc-access/audit-bundle';

/** A bundle is a .jsonl file, or a directory holding it as bundle.jsonl (later beside its signature). */
export function bundleFile(path: string): string {
  return statSync(path).isDirectory() ? join(path, 'bundle.jsonl') : path;
}

export interface BundleReader {
  onHeader?(header: BundleHeader): void;
  /** Events in order, data and metadata left behind; `mismatches` the indexes whose hash does not match. */
  onPage(events: StoredEvent[], mismatches: Set<number>): void;
  /** A record of another kind (a checkpoint): true when a verification step took it. */
  /** `digestBefore`: the hex SHA-256 of every byte before this line (for a manifest). */
  onRecord?(record: { record: string } & Record<string, unknown>, lineNumber: number, digestBefore?: string): boolean;
}

export interface BundleRead {
  header: BundleHeader;
  events: number;
  /** What is wrong with the bundle as a file: cut, edited around the events, unknown records. */
  problems: string[];
}

const END_LINE = '{"record":"end"';
const MANIFEST_LINE = '{"record":"manifest"';

/**
 * Streams a bundle line by line (constant memory): this thread reads lines and keeps the digest,
 * hashing threads parse them and check each event's hash (HashWorkers), and the results are
 * handed on in order, in pages. Checks the frame: a header first, an end record last whose
 * count and SHA-256 match what came before.
 */
export async function readBundle(path: string, pageSize: number, reader: BundleReader, workers: HashWorkers): Promise<BundleRead> {
  const input = createInterface({ input: createReadStream(bundleFile(path), { encoding: 'utf8' }), crlfDelay: Infinity });
  const digest = createHash('sha256');
  // The digest before each line that may be the end record: export writes it starting so.
  const digestsBefore = new Map<number, string>();
  const problems: string[] = [];
  let header: BundleHeader | undefined;
  let end: BundleEnd | undefined;
  let page: StoredEvent[] = [];
  let mismatches = new Set<number>();
  let events = 0;
  let stopped = false;
  const stop = (problem: string) => {
    problems.push(problem);
    stopped = true;
  };
  const handle = (result: LineResult) => {
    if (stopped) return;
    if (end) return stop(`line ${result.line}: more lines after the end record`);
    if ('error' in result) return stop(result.error);
    if ('event' in result) {
      if (!result.hashOk) mismatches.add(page.length);
      page.push(result.event);
      events++;
      if (page.length >= pageSize) {
        reader.onPage(page, mismatches);
        page = [];
        mismatches = new Set();
      }
      return;
    }
    if (result.record.record === 'end') {
      end = result.record as unknown as BundleEnd;
      if (end.events !== events) problems.push(`the end record counts ${end.events} events, the bundle holds ${events}`);
      const before = digestsBefore.get(result.line);
      if (before === undefined) problems.push(`line ${result.line}: the end record is not written as export writes it`);
      else if (end.sha256 !== before) problems.push("the end record's SHA-256 is not that of the lines before it: the bundle was edited after export");
      return;
    }
    // Events first: a step may need every event before the record that follows them.
    if (!reader.onRecord?.(result.record, result.line, digestsBefore.get(result.line))) stop(`line ${result.line}: a "${result.record.record}" record, which this hpc-audit does not know how to check`);
  };
  const pending: Promise<LineResult[]>[] = [];
  const handleOldest = async () => {
    for (const result of await pending.shift()!) handle(result);
  };
  let chunk: string[] = [];
  let chunkStart = 2;
  const dispatch = () => {
    const results = workers.lines(chunk, chunkStart);
    results.catch(() => undefined);
    pending.push(results);
    chunk = [];
  };
  let lineNumber = 0;
  try {
    for await (const line of input) {
      if (stopped) break;
      lineNumber++;
      if (lineNumber === 1) {
        try {
          header = headerOf(parseLine(line, 1));
        } catch (error) {
          if (!(error instanceof BundleFormatError)) throw error;
          stop(error.message);
          break;
        }
        reader.onHeader?.(header);
      } else {
        if (line.startsWith(END_LINE) || line.startsWith(MANIFEST_LINE)) digestsBefore.set(lineNumber, digest.copy().digest('hex'));
        if (chunk.length === 0) chunkStart = lineNumber;
        chunk.push(line);
        if (chunk.length >= pageSize) dispatch();
        while (pending.length > workers.threads) await handleOldest();
      }
      digest.update(`${line}\n`, 'utf8');
    }
    if (chunk.length > 0) dispatch();
    while (pending.length > 0) await handleOldest();
  } finally {
    input.close();
  }
  if (page.length > 0) reader.onPage(page, mismatches);
  if (!header) throw new BundleFormatError(`${path}: ${problems[0] ?? 'empty'}: not an audit bundle`);
  if (!end && problems.length === 0) problems.push(`no end record after line ${lineNumber}: the bundle was cut short`);
  return { header, events, problems };
}

/** The bundle's records one by one, streamed, each parsed and numbered (1-based); a line that is not a record fails. */
export async function* bundleRecords(path: string): AsyncGenerator<{ record: BundleRecord; lineNumber: number }> {
  const input = createInterface({ input: createReadStream(bundleFile(path), { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    let lineNumber = 0;
    for await (const line of input) {
      lineNumber++;
      yield { record: parseLine(line, lineNumber), lineNumber };
    }
  } finally {
    input.close();
  }
}

export type BundleRecord = { record: string } & Record<string, unknown>;

function parseLine(line: string, lineNumber: number): { record: string } & Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BundleFormatError(`line ${lineNumber} is not JSON: the bundle was cut or edited`);
  }
  if (typeof value !== 'object' || value === null || typeof (value as { record?: unknown }).record !== 'string') {
    throw new BundleFormatError(`line ${lineNumber}: not a bundle record (no "record" member)`);
  }
  return value as { record: string } & Record<string, unknown>;
}

function headerOf(record: { record: string } & Record<string, unknown>): BundleHeader {
  if (record.record !== 'bundle' || record.format !== BUNDLE_FORMAT) throw new BundleFormatError(`line 1: not an ${BUNDLE_FORMAT} (its first line must be the bundle record)`);
  if (record.version !== BUNDLE_VERSION) throw new BundleFormatError(`line 1: bundle version ${String(record.version)}; this hpc-audit reads version ${BUNDLE_VERSION}`);
  return record as unknown as BundleHeader;
}
