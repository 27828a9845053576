import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/**
 * One raw HTTP request: the path, headers and bytes exactly as given (no client reshapes them).
 * A kept-alive connection the server closed after refusing a body it did not read fails with
 * ECONNRESET when reused; as Node's documentation advises, that request is sent again once.
 */
export async function send(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: Buffer, timeoutMs = 10_000): Promise<Answer> {
  try {
    return await sendOnce(baseUrl, method, path, headers, body, timeoutMs, agent);
  } catch (error) {
    const reused = (error as { reusedSocket?: boolean }).reusedSocket;
    if (!reused || (error as { code?: string }).code !== 'ECONNRESET') throw error;
    return sendOnce(baseUrl, method, path, headers, body, timeoutMs, false);
  }
}

function sendOnce(baseUrl: string, method: string, path: string, headers: Record<string, string>, body: Buffer | undefined, timeoutMs: number, via: Agent | false): Promise<Answer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ agent: via, host: url.hostname, port: url.port, method, path, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    // A request the server never answers is a finding too, not a hung test.
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.end(body);
  });
}

export function closeAgent(): void {
  agent.destroy();
}
