/**
 * Splits a sacct --parsable2 file into batches of at most `linesPerBatch` data lines, each with
 * the header line, so a large file is sent in parts and the screen can show progress. Empty lines
 * are dropped; the API reads every batch on its own (each record counts once however often sent).
 */
export function sacctBatches(text: string, linesPerBatch: number): string[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const [header, ...data] = lines;
  if (header === undefined) return [];
  if (data.length === 0) return [`${header}\n`];
  const batches: string[] = [];
  for (let i = 0; i < data.length; i += linesPerBatch) batches.push(`${[header, ...data.slice(i, i + linesPerBatch)].join('\n')}\n`);
  return batches;
}
