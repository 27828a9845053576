import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * The layers of the command path, each with what marks its frames (matched against the script's
 * path, or for native frames the function's name). A sample belongs to the first frame, from the
 * leaf up, that matches one: a native call (a hash, JSON.parse, a WASM function) is counted to the
 * layer that called it unless it is JSON itself.
 */
const LAYERS: Array<[string, (frame: ProfileNode['callFrame']) => boolean]> = [
  ['GC', (f) => f.functionName === '(garbage collector)'],
  // The bench's own process plumbing (IPC, the inspector session that takes this profile).
  ['bench harness (IPC, profiler)', (f) => /testing-only\/bench\/|node:inspector/.test(f.url)],
  ['idle', (f) => f.functionName === '(idle)'],
  ['JSON (parse/stringify)', (f) => f.url === '' && /^(parse|stringify|JSONParse|JSONStringify)$/.test(f.functionName)],
  ['auth/JWT', (f) => /libs\/auth\/|node_modules\/jose\//.test(f.url)],
  ['validation', (f) => /class-validator|class-transformer|libs\/http\/src\/validation|validator\/lib/.test(f.url)],
  ['logging', (f) => /pino|structured-logger/.test(f.url)],
  ['relay/outbox/bus/inbox', (f) => /libs\/messaging\//.test(f.url)],
  ['projection/read models', (f) => /projection|read-model|libs\/sql\/src\/(fold|read)/.test(f.url)],
  ['store append (envelope, hash chain, encryption)', (f) => /libs\/eventstore-postgres\/|libs\/eventsourcing\/|sodium/.test(f.url)],
  ['database engine/driver (PGlite WASM, pg)', (f) => /electric-sql\/pglite|wasm:\/\/|node_modules\/pg|pg-protocol|libs\/sql\//.test(f.url)],
  ['services (controllers, deciders, scheduler)', (f) => /services\/[^/]+\/src\/|libs\/(contracts|scheduler|versioned-configuration|audit)\//.test(f.url)],
  ['HTTP/Nest (express, router, rxjs, body)', (f) => /@nestjs|express|rxjs|path-to-regexp|router|node:_http|node:http|node:net|node:stream|libs\/http\/|reflect-metadata|supertest/.test(f.url)],
];

export interface ProfileSummary {
  totalMs: number;
  layers: Array<{ layer: string; ms: number; share: number }>;
  top: Array<{ fn: string; where: string; layer: string; ms: number; share: number }>;
}

const shortUrl = (url: string) => url.replace(/^.*\/(node_modules\/|dist-test\/)/, '').replace(/^file:\/\//, '');

/** A `.cpuprofile` file (as node --cpu-prof and the inspector write them), summarised. */
export const summariseProfileFile = (file: string, topCount = 25): ProfileSummary => summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, topCount);

export function summariseProfile(profile: CpuProfile, topCount = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const layerCache = new Map<number, string>();
  const layerOf = (id: number): string => {
    const cached = layerCache.get(id);
    if (cached) return cached;
    let layer = 'other (node internals, program)';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = (byId.get(at) as ProfileNode).callFrame;
      const match = LAYERS.find(([, test]) => test(frame));
      if (match) { layer = match[0]; break; }
    }
    layerCache.set(id, layer);
    return layer;
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const layers = new Map<string, number>();
  const functions = new Map<string, { fn: string; where: string; layer: string; us: number }>();
  for (const [id, us] of selfUs) {
    const layer = layerOf(id);
    layers.set(layer, (layers.get(layer) ?? 0) + us);
    const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
    const key = `${functionName}@${url}:${lineNumber}`;
    const entry = functions.get(key) ?? { fn: functionName || '(anonymous)', where: url ? `${shortUrl(url)}:${lineNumber + 1}` : '(native)', layer, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  return {
    totalMs: totalUs / 1000,
    layers: [...layers].map(([layer, us]) => ({ layer, ms: us / 1000, share: us / totalUs })).sort((a, b) => b.ms - a.ms),
    top: [...functions.values()].sort((a, b) => b.us - a.us).slice(0, topCount).map((f) => ({ fn: f.fn, where: f.where, layer: f.layer, ms: f.us / 1000, share: f.us / totalUs })),
  };
}

export function formatProfile(summary: ProfileSummary, requests: number): string {
  const perRequest = (ms: number) => (requests > 0 ? `${((ms * 1000) / requests).toFixed(0)} us/req` : '');
  const lines = [`CPU profile of the platform process under the draft load (${summary.totalMs.toFixed(0)} ms sampled, ${requests} drafts)`];
  for (const l of summary.layers) lines.push(`  ${l.layer.padEnd(50)} ${(l.share * 100).toFixed(1).padStart(5)}%  ${perRequest(l.ms).padStart(12)}`);
  lines.push('  top self time:');
  for (const f of summary.top.slice(0, 15)) lines.push(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.fn.slice(0, 40).padEnd(40)} ${f.where.slice(0, 70)}  [${f.layer}]`);
  return lines.join('\n');
}
