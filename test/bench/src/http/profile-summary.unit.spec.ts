import { summariseProfile, type CpuProfile } from './profile-summary';
import { textChart } from './http-report';
import type { HttpRow } from './http-suite';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });

/** A profile of three leaf nodes under one request handler, each sampled for a known time. */
function profile(): CpuProfile {
  const nodes = [
    { id: 1, callFrame: frame('(root)'), children: [2, 6] },
    { id: 2, callFrame: frame('handle', 'file:///x/node_modules/@nestjs/core/router/router-execution-context.js'), children: [3, 4, 5] },
    // A native hash called from the store: the store's time, not "native".
    { id: 3, callFrame: frame('append', 'file:///x/dist-test/libs/eventstore-postgres/src/postgres-event-store.js'), children: [7] },
    { id: 7, callFrame: frame('digest') },
    // JSON.parse counts to JSON wherever it is called from.
    { id: 4, callFrame: frame('parse') },
    { id: 5, callFrame: frame('verify', 'file:///x/node_modules/jose/dist/node/cjs/jws/flattened/verify.js') },
    { id: 6, callFrame: frame('(garbage collector)') },
  ];
  const samples = [7, 7, 7, 4, 5, 5, 6, 2];
  const timeDeltas = [100, 100, 100, 100, 100, 100, 100, 100];
  return { nodes, samples, timeDeltas, startTime: 0, endTime: 800 };
}

describe('the command path profile summary', () => {
  it("counts a native call to its caller's layer, JSON to JSON, and shares add up to the whole", () => {
    const summary = summariseProfile(profile());
    const share = Object.fromEntries(summary.layers.map((l) => [l.layer, l.share]));
    expect(summary.totalMs).toBeCloseTo(0.8);
    expect(share['store append (envelope, hash chain, encryption)']).toBeCloseTo(3 / 8);
    expect(share['JSON (parse/stringify)']).toBeCloseTo(1 / 8);
    expect(share['auth/JWT']).toBeCloseTo(2 / 8);
    expect(share.GC).toBeCloseTo(1 / 8);
    expect(share['HTTP/Nest (express, router, rxjs, body)']).toBeCloseTo(1 / 8);
    expect(summary.layers.reduce((sum, l) => sum + l.share, 0)).toBeCloseTo(1);
    expect(summary.top[0]).toMatchObject({ fn: 'digest', where: '(native)', layer: 'store append (envelope, hash chain, encryption)' });
  });
});

describe('the ratio chart in the terminal', () => {
  const row = (command: string, ratio: number) => ({ engine: 'pglite', command, ratio }) as HttpRow;

  it('draws one bar per command, 40 characters for 1.0, with the target marked where the bar stops short of it', () => {
    const [title, short, long] = textChart([row('draft', 0.25), row('bare-like', 1)]).split('\n');
    expect(title).toMatch(/target 0.5/);
    expect(short).toMatch(/#{10} {10}\| {19} 0\.25$/);
    expect(long).toMatch(/#{40} 1\.00$/);
  });
});
