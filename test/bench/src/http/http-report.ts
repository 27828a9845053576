import { writeFileSync } from 'node:fs';
import type { HttpResults, HttpRow } from './http-suite';
import { formatProfile } from './profile-summary';

/** Issue 20's target for commands: at least half the bare route's rate; p99 under 100 ms at half the maximum. */
export const COMMAND_TARGET = 0.5;
export const HALF_RATE_P99_MS = 100;

const pad = (text: string, width: number) => text.padStart(width);
const rate = (n: number) => n.toFixed(0);

export function formatHttp(results: HttpResults): string {
  const header = `${'engine'.padEnd(7)} ${'command'.padEnd(40)} ${pad('cmd/s', 7)} ${pad('p50', 5)} ${pad('p99', 5)} ${pad('bare/s', 7)} ${pad('p50', 5)} ${pad('p99', 5)} ${pad('ratio', 6)} ${pad('fail', 5)}  at half rate: rate, p99 platform / bare`;
  const lines = ['HTTP commands (8 connections; latency in ms; ratio = platform / bare route, same run)', header];
  for (const r of results.rows) {
    const half = r.halfRate ? `${r.halfRate.rate}/s, p99 ${r.halfRate.platform.p99} / ${r.halfRate.baseline.p99} ms` : '';
    lines.push(
      `${r.engine.padEnd(7)} ${r.command.padEnd(40)} ${pad(rate(r.platform.perSecond), 7)} ${pad(String(r.platform.p50), 5)} ${pad(String(r.platform.p99), 5)} ` +
        `${pad(rate(r.baseline.perSecond), 7)} ${pad(String(r.baseline.p50), 5)} ${pad(String(r.baseline.p99), 5)} ${pad(r.ratio.toFixed(2), 6)} ${pad(String(r.platform.failed), 5)}  ${half}`,
    );
    if (r.perCommand) lines.push(`${''.padEnd(8)}  per command, reactions included: ${r.perCommand.statements.toFixed(1)} SQL statements in ${r.perCommand.transactions.toFixed(1)} transactions (the bare route: 1 in 1)`);
    for (const k of r.perCommand?.kinds.slice(0, 6) ?? []) lines.push(`${''.padEnd(12)}${k.perCommand.toFixed(1).padStart(5)} x ${k.kind}`);
    if (r.settled) lines.push(`${''.padEnd(8)}  reactions (ethics case, hold) settled ${r.settled.settleSeconds.toFixed(1)} s after the last answer: ${rate(r.settled.perSecond)}/s end to end`);
  }
  lines.push('', textChart(results.rows));
  if (results.profile) lines.push('', formatProfile(results.profile.summary, results.profile.requests));
  return lines.join('\n');
}

/** The ratios as bars in the terminal: one character per 0.025, the target marked with '|'. */
export function textChart(rows: readonly HttpRow[]): string {
  const width = 40;
  const targetAt = Math.round(COMMAND_TARGET * width);
  return ['ratio to the bare route (0 .. 1.0, | = target 0.5)']
    .concat(rows.map((r) => {
      const filled = Math.min(width, Math.round(r.ratio * width));
      const bar = Array.from({ length: width }, (_, i) => (i < filled ? '#' : i === targetAt ? '|' : ' ')).join('');
      return `${`${r.engine} ${r.command}`.padEnd(48)} ${bar} ${r.ratio.toFixed(2)}`;
    }))
    .join('\n');
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same bars as an SVG beside the results' JSON, as the other suites write theirs. */
export function writeHttpChart(file: string, rows: readonly HttpRow[], title: string): void {
  const label = 320;
  const plot = 400;
  const x = (ratio: number) => label + Math.min(ratio, 1.2) / 1.2 * plot;
  const height = 40 + rows.length * 24 + 30;
  const bars = rows.map((r, i) => {
    const y = 40 + i * 24;
    return `<text x="${label - 8}" y="${y + 13}" text-anchor="end">${escape(`${r.engine} ${r.command}`)}</text>` +
      `<rect x="${label}" y="${y}" width="${x(r.ratio) - label}" height="18" fill="${r.ratio >= COMMAND_TARGET ? '#2f855a' : '#c05621'}"/>` +
      `<text x="${x(r.ratio) + 4}" y="${y + 13}">${r.ratio.toFixed(2)}</text>`;
  });
  const axis = (ratio: number, caption: string, dashed = false) =>
    `<line x1="${x(ratio)}" y1="34" x2="${x(ratio)}" y2="${height - 24}" stroke="#333" ${dashed ? 'stroke-dasharray="4 3"' : ''}/><text x="${x(ratio)}" y="${height - 8}" text-anchor="middle">${caption}</text>`;
  writeFileSync(file, [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${label + plot + 60}" height="${height}" font-family="sans-serif" font-size="12">`,
    '<rect width="100%" height="100%" fill="white"/>',
    `<text x="10" y="20" font-size="14" font-weight="bold">${escape(title)}</text>`,
    ...bars, axis(0, '0'), axis(COMMAND_TARGET, `target ${COMMAND_TARGET}`, true), axis(1, 'bare = 1.0'),
    '</svg>',
  ].join('\n'));
}
