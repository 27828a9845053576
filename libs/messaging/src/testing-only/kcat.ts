import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One record as `kcat -J` prints it; headers come as a flat list of names and values. */
export interface KcatRecord {
  topic: string;
  partition: number;
  offset: number;
  key: string;
  payload: string;
  headers?: string[];
}

/** Runs kcat (librdkafka's command-line client): a reader of our topics that we did not write. */
export async function kcat(args: string[]): Promise<string> {
  try {
    const { stdout } = await run('kcat', args, { timeout: 20_000 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('kcat is not installed: apt-get install -y --no-install-recommends kcat');
    }
    throw error;
  }
}

/** Every record of a topic, from the beginning, as kcat reads it. */
export async function readTopic(brokers: readonly string[], topic: string): Promise<KcatRecord[]> {
  const output = await kcat(['-C', '-b', brokers.join(','), '-t', topic, '-o', 'beginning', '-e', '-q', '-J']);
  return output.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as KcatRecord);
}

/** kcat's flat header list as a record. */
export function headersOf(record: KcatRecord): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < (record.headers ?? []).length; i += 2) headers[record.headers![i]] = record.headers![i + 1];
  return headers;
}
