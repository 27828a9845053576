import { writeFileSync } from 'node:fs';
import type { ResultRow } from './report';

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 260;
const PLOT_WIDTH = 420;
const MAX_RATIO = 1.2;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The ratios are what people compare, so they get a picture: one bar per measurement against
 * its raw baseline (1.0), with the target marked and the spread of single rounds as a whisker. Plain SVG, no dependency, opens in any browser.
 */
export function ratioChartSvg(rows: readonly ResultRow[], title: string): string {
  const x = (ratio: number) => LABEL_WIDTH + (Math.min(ratio, MAX_RATIO) / MAX_RATIO) * PLOT_WIDTH;
  const top = 40;
  const height = top + rows.length * (BAR_HEIGHT + GAP) + 30;
  const width = LABEL_WIDTH + PLOT_WIDTH + 60;
  const bars = rows.map((r, i) => {
    const y = top + i * (BAR_HEIGHT + GAP);
    const label = `${r.engine} ${r.operation} batch ${r.batch}${r.operation === 'append' ? `, ${r.writers} writer${r.writers === 1 ? '' : 's'}` : ''}`;
    const colour = r.met ? '#2f855a' : '#c05621';
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 13}" text-anchor="end">${escape(label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${x(r.ratio) - LABEL_WIDTH}" height="${BAR_HEIGHT}" fill="${colour}"/>`,
      // The spread of single rounds: a whisker from the lowest to the highest round's ratio.
      r.roundRatios
        ? `<line x1="${x(r.roundRatios.min)}" y1="${y + BAR_HEIGHT / 2}" x2="${x(r.roundRatios.max)}" y2="${y + BAR_HEIGHT / 2}" stroke="#1a202c" stroke-width="2"/>`
        : '',
      `<text x="${x(Math.max(r.ratio, r.roundRatios?.max ?? 0)) + 4}" y="${y + 13}">${r.ratio.toFixed(2)}</text>`,
    ].join('');
  });
  const axis = (ratio: number, dashed: boolean, caption: string) =>
    `<line x1="${x(ratio)}" y1="${top - 6}" x2="${x(ratio)}" y2="${height - 24}" stroke="#333" ${dashed ? 'stroke-dasharray="4 3"' : ''}/>` +
    `<text x="${x(ratio)}" y="${height - 8}" text-anchor="middle">${caption}</text>`;
  const target = rows[0]?.target ?? 0.8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">${escape(title)}</text>`,
    ...bars,
    axis(0, false, '0'),
    axis(target, true, `target ${target}`),
    axis(1, false, 'raw = 1.0'),
    '</svg>',
  ].join('\n');
}

export function writeRatioChart(file: string, rows: readonly ResultRow[], title: string): void {
  writeFileSync(file, ratioChartSvg(rows, title));
}
