/**
 * JSON as the API answers it. Untyped on purpose: the scenarios and the demo check answers by
 * value, and a type here would only restate what the services' OpenAPI document already says.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A problem+json answer (or any non-2xx) from the platform. */
export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
  }
}

export interface ApiResponse<T = Json> {
  status: number;
  body: T;
  headers: Headers;
  /** The ETag, when the answer carries one: what to send back as If-Match. */
  etag: string | null;
}

export interface ObservedAnswer {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  text: string;
}

export interface RequestOptions {
  ifMatch?: string;
  idempotencyKey?: string;
  contentType?: string;
  /** Resolve with the answer instead of throwing on these statuses (to check a refusal). */
  expect?: number[];
}

/**
 * The platform's HTTP API as one person uses it: their bearer token on every request, JSON in
 * and out, problem+json turned into ApiError. Works against the embedded platform and against the
 * gateway of distributed mode alike; the demo seeding and the end-to-end scenarios both use it.
 */
export class PlatformClient {
  /** Sees every answer any client receives: the end-to-end suites check each against the OpenAPI document. */
  static observer: ((answer: ObservedAnswer) => void) | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly token: string | null = null,
  ) {}

  /** A development token from the embedded identity provider (embedded mode or a dev gateway only). */
  static async as(baseUrl: string, role: string, options: { userId?: string; organisationId?: string; siteId?: string } = {}): Promise<PlatformClient> {
    const response = await fetch(`${baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, ...options }),
    });
    const text = await response.text();
    PlatformClient.observer?.({ method: 'POST', path: '/api/dev/token', status: response.status, headers: response.headers, text });
    if (response.status !== 200) throw new ApiError('POST', '/api/dev/token', response.status, text);
    const { access_token } = JSON.parse(text) as { access_token: string };
    return new PlatformClient(baseUrl, access_token);
  }

  get<T = Json>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request('GET', path, undefined, options);
  }

  post<T = Json>(path: string, body: unknown = {}, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request('POST', path, body, options);
  }

  put<T = Json>(path: string, body: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request('PUT', path, body, options);
  }

  async request<T>(method: string, path: string, body: unknown, options: RequestOptions): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await response.text();
    PlatformClient.observer?.({ method, path, status: response.status, headers: response.headers, text });
    const parsed = text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
    if (response.status >= 300 && !options.expect?.includes(response.status)) throw new ApiError(method, path, response.status, parsed);
    return { status: response.status, body: parsed as T, headers: response.headers, etag: response.headers.get('etag') };
  }
}
