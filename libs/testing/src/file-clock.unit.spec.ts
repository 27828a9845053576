import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { advanceFileClock, FileClock } from './file-clock';

describe('the file clock shared by the processes of a distributed test', () => {
  it('runs at real time plus the offset in its file, and advancing adds to the offset in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-clock-'));
    const path = join(dir, 'clock');
    writeFileSync(path, '0');
    const clock = new FileClock(path);
    const drift = () => clock.now().getTime() - Date.now();

    expect(Math.abs(drift())).toBeLessThan(50);
    advanceFileClock(path, 86_400_000);
    advanceFileClock(path, 60_000);

    expect(Math.abs(drift() - 86_460_000)).toBeLessThan(50);
    // Only the clock file is left: the new offset was written beside it and renamed into place.
    expect(readdirSync(dir)).toEqual(['clock']);
  });
});
