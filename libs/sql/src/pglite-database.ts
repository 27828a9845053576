import { PGlite, protocol, type Transaction } from '@electric-sql/pglite';
import { cannotOpen } from './data-directory-errors';
import type { Database, PreparedParam, PreparedRow, PreparedStatement, Sql } from './database';
import { watchStorage } from './storage-state';

/**
 * Embedded PostgreSQL (WASM) in this process; `dataDir` undefined keeps it in memory. A directory
 * that cannot be opened throws DataDirectoryError saying why and what to do (PGlite itself says
 * "Aborted()" of damaged files).
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir).catch((error: unknown) => Promise.reject(cannotOpen(dataDir, error)));
  const prepared = new PglitePreparedStatements(db);
  return watchStorage({
    engine: 'pglite',
    query: (text, params) => db.query(text, params) as never,
    // query() takes the transaction lock (waits for a running transaction), then the query lock.
    queryPrepared: (statement, params) => db._runExclusiveTransaction(() => db._runExclusiveQuery(() => prepared.run(statement, params, true))),
    // PGlite has one connection; its transaction() holds it, so transactions run one at a time.
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: (text, params) => tx.query(text, params) as never,
          // Inside the transaction (which holds the transaction lock) only the query lock, as tx.query.
          queryPrepared: (statement, params) => db._runExclusiveQuery(() => prepared.run(statement, params, false, tx)),
        } as Sql),
      ),
    close: () => db.close(),
  });
}

const { serialize } = protocol;
const EXECUTE_AND_SYNC = concat([serialize.execute(), serialize.sync()]);

/**
 * Named prepared statements on PGlite's one connection. PGlite's query() makes six calls into
 * the WebAssembly per statement (Parse, Describe, Bind, Describe, Execute, Sync) and the server
 * parses and plans the text every time; a prepared statement here is one call (Bind, Execute,
 * Sync; Close and Parse before them the first time), planned once. Measured on an INSERT of one
 * event: 70-80 us instead of 140-250 us. It runs under the same locks as query(), given by the
 * caller.
 */
class PglitePreparedStatements {
  private readonly parsed = new Set<string>();

  constructor(private readonly db: PGlite) {}

  async run(statement: PreparedStatement, params: readonly PreparedParam[], syncToFs: boolean, tx?: Transaction): Promise<PreparedRow[]> {
    if (tx?.closed) throw new Error('Transaction is closed');
    const parse = !this.parsed.has(statement.name);
    try {
      const rows = await this.execute(statement, params, parse, syncToFs);
      if (parse) this.parsed.add(statement.name);
      return rows;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Gone (DEALLOCATE, DISCARD ALL) or its result type changed: prepare it again, once.
      if (!parse && (code === '26000' || code === '0A000')) {
        this.parsed.delete(statement.name);
        return this.run(statement, params, syncToFs, tx);
      }
      throw error;
    }
  }

  private async execute(statement: PreparedStatement, params: readonly PreparedParam[], parse: boolean, syncToFs: boolean): Promise<PreparedRow[]> {
    const bind = bindMessage(statement.name, params);
    // Closing a statement that does not exist is no error; after a failed first run it may exist.
    const message = parse
      ? concat([serialize.close({ type: 'S', name: statement.name }), serialize.parse({ name: statement.name, text: statement.text }), bind, EXECUTE_AND_SYNC])
      : concat([bind, EXECUTE_AND_SYNC]);
    const messages = await this.db.execProtocolStream(message, { syncToFs });
    const rows: PreparedRow[] = [];
    for (const message of messages) {
      if (message.name === 'dataRow') rows.push((message as unknown as { fields: PreparedRow }).fields);
    }
    return rows;
  }
}

/**
 * The Bind message (protocol 3.0) of a statement with text parameters and text results. Written
 * with Buffer's native UTF-8 length and copy: the protocol library's serializer measures and
 * copies strings in JavaScript loops, which cost more than the execution for an append of ten events.
 */
function bindMessage(statement: string, params: readonly PreparedParam[]): Uint8Array {
  const values = params.map((value) => (value === null || typeof value === 'string' ? value : String(value)));
  const lengths = values.map((value) => (value === null ? -1 : Buffer.byteLength(value, 'utf8')));
  let length = 4 + 1 + Buffer.byteLength(statement, 'utf8') + 1 + 2 + 2 + 2;
  for (const bytes of lengths) length += 4 + Math.max(bytes, 0);
  const message = Buffer.allocUnsafe(1 + length);
  let at = message.writeUInt8(0x42, 0); // 'B'
  at = message.writeInt32BE(length, at);
  at = message.writeUInt8(0, at); // unnamed portal
  at += message.write(statement, at, 'utf8');
  at = message.writeUInt8(0, at);
  at = message.writeInt16BE(0, at); // no parameter format codes: all text
  at = message.writeInt16BE(values.length, at);
  for (let i = 0; i < values.length; i++) {
    at = message.writeInt32BE(lengths[i], at);
    const value = values[i];
    if (value !== null) at += message.write(value, at, 'utf8');
  }
  message.writeInt16BE(0, at); // no result format codes: all text
  return message;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const message = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  return message;
}
