import { deciderSpec } from '@hpc-access/testing';
import { webhookEndpointDecider, type WebhookEndpointCommand } from './webhook-endpoint.decider';
import { evolve, initialState, signingSecretsAt, type RegisteredEndpoint, type WebhookEndpointEvent } from './webhook-endpoint';

const spec = deciderSpec(webhookEndpointDecider);
const now = new Date('2026-12-01T10:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const HOUR = 3_600_000;
const first = { secretId: 'sec-1', value: 'whsec_AAAA' };
const second = { secretId: 'sec-2', value: 'whsec_BBBB' };
const third = { secretId: 'sec-3', value: 'whsec_CCCC' };

const register = (data: Partial<Extract<WebhookEndpointCommand, { type: 'RegisterWebhookEndpoint' }>['data']> = {}): WebhookEndpointCommand => ({
  type: 'RegisterWebhookEndpoint',
  data: { endpointId: 'ep-1', owner: { organisationId: 'org-1' }, url: 'https://hooks.example.org/hpc', kinds: [], description: 'ops', secret: first, allowLocalUrls: false, now, ...data },
});
const registered: WebhookEndpointEvent = {
  type: 'WebhookEndpointRegistered',
  data: { endpointId: 'ep-1', owner: { organisationId: 'org-1' }, url: 'https://hooks.example.org/hpc', kinds: [], description: 'ops', secret: first, registeredAt: now.toISOString() },
};
const rotated: WebhookEndpointEvent = {
  type: 'WebhookSecretRotated',
  data: { endpointId: 'ep-1', secret: second, previousSecretId: 'sec-1', previousExpiresAt: later(24 * HOUR).toISOString(), rotatedAt: now.toISOString() },
};

describe('a webhook endpoint', () => {
  it('is registered with its url, kinds and first secret', () => {
    spec.given([]).when(register({ kinds: ['allocation-suspended', 'allocation-suspended'] })).then([
      { ...registered, data: { ...registered.data, kinds: ['allocation-suspended'] } },
    ]);
  });

  it('is not registered twice', () => {
    spec.given([registered]).when(register()).thenThrows('webhook-endpoint-exists', { kind: 'conflict' });
  });

  it.each([
    ['http://hooks.example.org/x', 'url-not-https'],
    ['https://user:pw@hooks.example.org/x', 'url-has-credentials'],
    [`https://hooks.example.org/${'a'.repeat(2000)}`, 'url-too-long'],
    ['not a url', 'url-malformed'],
    ['https://127.0.0.1/x', 'url-local-address'],
    ['https://10.1.2.3/x', 'url-local-address'],
    ['https://localhost:8443/x', 'url-local-address'],
    ['https://[::ffff:192.168.1.1]/x', 'url-local-address'],
    ['https://100.64.0.1/x', 'url-local-address'],
    ['https://[fd12::1]/x', 'url-local-address'],
    ['https://224.0.0.1/x', 'url-local-address'],
    ['https://2130706433/x', 'url-local-address'],
    ['ftp://hooks.example.org/x', 'url-not-https'],
  ])('refuses a url such as %#: %s (%s), naming the field', (url, code) => {
    spec.given([]).when(register({ url })).thenThrows(code, { kind: 'invalid', field: 'url' });
  });

  it('takes plain http to a local receiver where local urls are allowed (development, tests)', () => {
    spec.given([]).when(register({ url: 'http://127.0.0.1:4000/hook', allowLocalUrls: true })).thenState({ url: 'http://127.0.0.1:4000/hook', enabled: true });
  });

  it('refuses a kind that does not exist, naming its place in the list', () => {
    spec.given([]).when(register({ kinds: ['allocation-suspended', 'pizza-delivered'] })).thenThrows('unknown-kind', { field: 'kinds[1]' });
  });

  it('refuses a description that is too long', () => {
    spec.given([]).when(register({ description: 'x'.repeat(501) })).thenThrows('description-too-long', { field: 'description' });
  });

  it('is disabled by its owner once; a second disable changes nothing', () => {
    spec.given([registered]).when({ type: 'DisableWebhookEndpoint', data: { now } }).then([
      { type: 'WebhookEndpointDisabled', data: { endpointId: 'ep-1', reason: 'by-owner', disabledAt: now.toISOString() } },
    ]);
    const disabled: WebhookEndpointEvent = { type: 'WebhookEndpointDisabled', data: { endpointId: 'ep-1', reason: 'by-owner', disabledAt: now.toISOString() } };
    spec.given([registered, disabled]).when({ type: 'DisableWebhookEndpoint', data: { now } }).then([]);
    spec.given([registered, disabled]).when({ type: 'EnableWebhookEndpoint', data: { now } }).then([
      { type: 'WebhookEndpointEnabled', data: { endpointId: 'ep-1', enabledAt: now.toISOString() } },
    ]);
  });

  it('is disabled when the receiver answered 410 Gone, and says so', () => {
    spec.given([registered]).when({ type: 'RecordEndpointGone', data: { status: 410, now } }).thenState({ enabled: false, disabledReason: 'gone' });
  });

  it('cannot be acted on before it is registered', () => {
    spec.given([]).when({ type: 'EnableWebhookEndpoint', data: { now } }).thenThrows('webhook-endpoint-not-found', { kind: 'not_found' });
  });

  it('rotates its secret: the old one signs beside the new one until it expires', () => {
    spec.given([registered]).when({ type: 'RotateWebhookSecret', data: { secret: second, overlapMs: 24 * HOUR, now } }).then([rotated]);
    const state = [registered, rotated].reduce(evolve, initialState()) as RegisteredEndpoint;
    expect(signingSecretsAt(state, later(HOUR)).map((s) => s.secretId)).toEqual(['sec-2', 'sec-1']);
    expect(signingSecretsAt(state, later(24 * HOUR)).map((s) => s.secretId)).toEqual(['sec-2']);
  });

  it('retires the old secret at once when rotated again during a rotation: two sign, never three', () => {
    const events = spec.given([registered, rotated]).when({ type: 'RotateWebhookSecret', data: { secret: third, overlapMs: HOUR, now: later(HOUR) } }).then([
      { type: 'WebhookSecretRetired', data: { endpointId: 'ep-1', secretId: 'sec-1', retiredAt: later(HOUR).toISOString() } },
      { type: 'WebhookSecretRotated', data: { endpointId: 'ep-1', secret: third, previousSecretId: 'sec-2', previousExpiresAt: later(2 * HOUR).toISOString(), rotatedAt: later(HOUR).toISOString() } },
    ]);
    const state = [registered, rotated, ...events].reduce(evolve, initialState()) as RegisteredEndpoint;
    expect(signingSecretsAt(state, later(HOUR)).map((s) => s.secretId)).toEqual(['sec-3', 'sec-2']);
  });

  it('retires an expired secret only once it has expired', () => {
    spec.given([registered, rotated]).when({ type: 'RetireExpiredSecret', data: { now: later(HOUR) } }).then([]);
    spec.given([registered, rotated]).when({ type: 'RetireExpiredSecret', data: { now: later(24 * HOUR) } }).then([
      { type: 'WebhookSecretRetired', data: { endpointId: 'ep-1', secretId: 'sec-1', retiredAt: later(24 * HOUR).toISOString() } },
    ]);
    spec.given([registered]).when({ type: 'RetireExpiredSecret', data: { now: later(24 * HOUR) } }).then([]);
  });
});
