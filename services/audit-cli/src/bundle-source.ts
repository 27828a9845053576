import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleFormatError, storedEventOf, type BundleEnd, type BundleHeader, type EventLine } from './bundle-format';
import type { StoredEvent } from './stored-event';

/** A bundle is a .jsonl file, or a directory holding it as bundle.jsonl (later beside its signature). */
export function bundleFile(path: string): string {
  return statSync(path).isDirectory() ? join(path, 'bundle.jsonl') : path;
}

export interface BundleReader {
  onHeader?(header: BundleHeader): void;
  onPage(events: StoredEvent[]): void;
  /** A record of another kind (a checkpoint): true when a verification step took it. */
  onRecord?(record: { record: string } & Record<string, unknown>, lineNumber: number): boolean;
}

export interface BundleRead {
  header: BundleHeader;
  events: number;
  /** What is wrong with the bundle as a file: cut, edited around the events, unknown records. */
  problems: string[];
}

/**
 * Streams a bundle line by line (constant memory), hands its events on in pages, and checks the
 * frame: a header first, an end record last whose count and SHA-256 match what came before.
 */
export async function readBundle(path: string, pageSize: number, reader: BundleReader): Promise<BundleRead> {
  const lines = createInterface({ input: createReadStream(bundleFile(path), { encoding: 'utf8' }), crlfDelay: Infinity });
  const digest = createHash('sha256');
  const problems: string[] = [];
  let header: BundleHeader | undefined;
  let end: BundleEnd | undefined;
  let page: StoredEvent[] = [];
  let events = 0;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (end) {
        problems.push(`line ${lineNumber}: more lines after the end record`);
        break;
      }
      const record = parseLine(line, lineNumber);
      if (lineNumber === 1) {
        header = headerOf(record);
        reader.onHeader?.(header);
      } else if (record.record === 'event') {
        page.push(storedEventOf(record as unknown as EventLine, lineNumber));
        events++;
        if (page.length >= pageSize) {
          reader.onPage(page);
          page = [];
        }
      } else if (record.record === 'end') {
        end = record as unknown as BundleEnd;
        const sha256 = digest.digest('hex');
        if (end.events !== events) problems.push(`the end record counts ${end.events} events, the bundle holds ${events}`);
        if (end.sha256 !== sha256) problems.push('the end record\'s SHA-256 is not that of the lines before it: the bundle was edited after export');
        continue;
      } else if (!reader.onRecord?.(record, lineNumber)) {
        throw new BundleFormatError(`line ${lineNumber}: a "${record.record}" record, which this hpc-audit does not know how to check`);
      }
      digest.update(`${line}\n`, 'utf8');
    }
  } catch (error) {
    if (!(error instanceof BundleFormatError)) throw error;
    problems.push(error.message);
  } finally {
    lines.close();
  }
  if (page.length > 0) reader.onPage(page);
  if (!header) throw new BundleFormatError(`${path}: empty, not an audit bundle`);
  if (!end && problems.length === 0) problems.push(`no end record after line ${lineNumber}: the bundle was cut short`);
  return { header, events, problems };
}

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
