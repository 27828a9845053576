/**
 * Splits a migration script into statements. PGlite's query() runs one statement at a time (it
 * always uses the extended protocol), so scripts are sent statement by statement on both engines.
 * Semicolons inside quotes, quoted identifiers, comments and dollar-quoted bodies do not split.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let meaningful = false;
  let i = 0;
  const flush = (end: number) => {
    if (meaningful) statements.push(script.slice(start, end).trim());
    start = end + 1;
    meaningful = false;
  };
  while (i < script.length) {
    const c = script[i];
    const next = script[i + 1];
    if (c === '-' && next === '-') {
      i = skipTo(script, '\n', i + 2);
    } else if (c === '/' && next === '*') {
      i = skipBlockComment(script, i);
    } else if (c === "'" || c === '"') {
      meaningful = true;
      const escapes = c === "'" && /[eE]/.test(script[i - 1] ?? '') && !/[A-Za-z0-9_]/.test(script[i - 2] ?? '');
      i = skipQuoted(script, i, c, escapes);
    } else if (c === '$' && /[A-Za-z_$]/.test(next ?? '') && !/[A-Za-z0-9_]/.test(script[i - 1] ?? '')) {
      meaningful = true;
      i = skipDollarQuoted(script, i);
    } else if (c === ';') {
      flush(i);
      i++;
    } else {
      if (!/\s/.test(c)) meaningful = true;
      i++;
    }
  }
  flush(script.length);
  return statements;
}

function skipTo(script: string, terminator: string, from: number): number {
  const at = script.indexOf(terminator, from);
  return at < 0 ? script.length : at + terminator.length;
}

// Block comments nest in PostgreSQL.
function skipBlockComment(script: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < script.length) {
    if (script.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (script.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return i;
}

// A doubled quote is an escaped quote; in E'...' strings a backslash escapes the next character.
function skipQuoted(script: string, from: number, quote: string, backslashEscapes: boolean): number {
  let i = from + 1;
  while (i < script.length) {
    if (backslashEscapes && script[i] === '\\') {
      i += 2;
    } else if (script[i] === quote) {
      if (script[i + 1] !== quote) return i + 1;
      i += 2;
    } else {
      i++;
    }
  }
  return i;
}

function skipDollarQuoted(script: string, from: number): number {
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(from));
  if (!tag) return from + 1; // `$` not starting a quote (cannot happen outside an identifier)
  return skipTo(script, tag[0], from + tag[0].length);
}
