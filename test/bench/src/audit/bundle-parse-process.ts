import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * The plain read of a bundle, the yardstick of `hpc-audit verify --bundle`: each line read and
 * given to JSON.parse, nothing else, in a process of its own. Prints {"events":n,"seconds":s}
 * (n: the event lines).
 */
async function main([file]: string[]): Promise<void> {
  const started = performance.now();
  let events = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    const record = JSON.parse(line) as { record?: string };
    if (record.record === 'event') events++;
  }
  process.stdout.write(`${JSON.stringify({ events, seconds: (performance.now() - started) / 1000 })}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
