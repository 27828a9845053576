import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleFormatError, type BundleEnd, type BundleHeader } from '@hpc-access/audit-bundle';
import { blockEvent, type BlockResult } from './bundle-blocks';
import type { HashWorkers } from './hash-workers';
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

// A line's kind is the 12th byte on: `{"record":"` is written first by export, in that order.
const END_LINE = Buffer.from('{"record":"end"');
const MANIFEST_LINE = Buffer.from('{"record":"manifest"');
const KIND_AT = 11;
const NEWLINE = 0x0a;
// About a thousand events per block: few messages between threads, and a block hashed while the next is read.
const BLOCK_BYTES = 1 << 20;

/**
 * Streams a bundle in blocks of whole lines (constant memory). This thread reads the file's bytes,
 * keeps their SHA-256 (over the bytes as they are: no decoding, no copy per line), and hands each
 * block to a hashing thread whole (its memory moved, not copied), which decodes, parses and checks
 * each event's hash and sends back the events column by column (HashWorkers, bundle-blocks.ts).
 * The results are handed on in order, in pages. Checks the frame: a header first, an end record
 * last whose count and SHA-256 match what came before.
 */
export async function readBundle(path: string, pageSize: number, reader: BundleReader, workers: HashWorkers): Promise<BundleRead> {
  const digest = createHash('sha256');
  // The digest before each line that may be the end record or the manifest: export writes them starting so.
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
  const other = (o: BlockResult['others'][number]) => {
    if (stopped) return;
    if (end) return stop(`line ${o.line}: more lines after the end record`);
    if ('error' in o) return stop(o.error);
    if (o.record.record === 'end') {
      end = o.record as unknown as BundleEnd;
      if (end.events !== events) problems.push(`the end record counts ${end.events} events, the bundle holds ${events}`);
      const before = digestsBefore.get(o.line);
      if (before === undefined) problems.push(`line ${o.line}: the end record is not written as export writes it`);
      else if (end.sha256 !== before) problems.push("the end record's SHA-256 is not that of the lines before it: the bundle was edited after export");
      return;
    }
    // Events first: a step may need every event before the record that follows them.
    if (!reader.onRecord?.(o.record, o.line, digestsBefore.get(o.line))) stop(`line ${o.line}: a "${o.record.record}" record, which this hpc-audit does not know how to check`);
  };
  const handle = (block: BlockResult) => {
    const { others } = block;
    let o = 0;
    let m = 0;
    for (let i = 0; i < block.eventId.length; i++) {
      while (o < others.length && others[o].eventsBefore === i) other(others[o++]);
      if (stopped) return;
      if (end) return stop(`line ${block.firstLine + i + o}: more lines after the end record`);
      if (block.mismatches[m] === i) {
        mismatches.add(page.length);
        m++;
      }
      page.push(blockEvent(block, i));
      events++;
      if (page.length >= pageSize) {
        reader.onPage(page, mismatches);
        page = [];
        mismatches = new Set();
      }
    }
    while (o < others.length) other(others[o++]);
  };
  const pending: Promise<BlockResult>[] = [];
  const handleOldest = async () => handle(await pending.shift()!);
  let lineNumber = 0;
  // Reads the header on this thread, notes the digest before the lines that need it, hashes the
  // block's bytes, then hands the block on (after which this thread no longer holds its memory).
  const dispatch = (block: Buffer) => {
    let start = 0;
    if (lineNumber === 0) {
      start = block.indexOf(NEWLINE) + 1;
      lineNumber = 1;
      try {
        header = headerOf(parseLine(block.toString('utf8', 0, start - 1), 1));
      } catch (error) {
        if (!(error instanceof BundleFormatError)) throw error;
        return stop(error.message);
      }
      reader.onHeader?.(header);
    }
    const firstLine = lineNumber + 1;
    let hashedTo = 0;
    for (let at = start; at < block.length; at = block.indexOf(NEWLINE, at) + 1) {
      lineNumber++;
      const kind = block[at + KIND_AT];
      if ((kind === 0x65 && block[at + KIND_AT + 1] === 0x6e && startsWith(block, at, END_LINE)) || (kind === 0x6d && startsWith(block, at, MANIFEST_LINE))) {
        digest.update(block.subarray(hashedTo, at));
        hashedTo = at;
        digestsBefore.set(lineNumber, digest.copy().digest('hex'));
      }
    }
    digest.update(block.subarray(hashedTo));
    if (start === block.length) return;
    const result = workers.block(block, start, firstLine);
    result.catch(() => undefined);
    pending.push(result);
  };
  const input = createReadStream(bundleFile(path), { highWaterMark: BLOCK_BYTES });
  let carry = Buffer.alloc(0);
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (stopped) break;
      const cut = chunk.lastIndexOf(NEWLINE) + 1;
      if (cut === 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      // A block of its own memory, so that it can move to the hashing thread whole.
      const block = Buffer.allocUnsafeSlow(carry.length + cut);
      carry.copy(block, 0);
      chunk.copy(block, carry.length, 0, cut);
      carry = Buffer.from(chunk.subarray(cut));
      dispatch(block);
      while (pending.length > 2 * Math.max(workers.threads, 1)) await handleOldest();
    }
    if (!stopped && carry.length > 0) {
      // The last line without its newline: the parser gets a whole line. The digest then covers a
      // newline that is not in the file, after the last line: no check reads it there.
      const block = Buffer.allocUnsafeSlow(carry.length + 1);
      carry.copy(block, 0);
      block[carry.length] = NEWLINE;
      dispatch(block);
    }
    while (pending.length > 0) await handleOldest();
  } finally {
    input.destroy();
  }
  if (page.length > 0) reader.onPage(page, mismatches);
  if (!header) throw new BundleFormatError(`${path}: ${problems[0] ?? 'empty'}: not an audit bundle`);
  if (!end && problems.length === 0) problems.push(`no end record after line ${lineNumber}: the bundle was cut short`);
  return { header, events, problems };
}

function startsWith(block: Buffer, at: number, prefix: Buffer): boolean {
  return block.length >= at + prefix.length && block.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;
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
