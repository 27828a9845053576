import { applyToSummaries, type EndpointSummary } from './endpoint-summaries';
import { webhookEndpointStreamId } from './domain/webhook-endpoint';

const stream = webhookEndpointStreamId('ep-1');
const events = [
  { streamId: stream, streamPosition: 0, type: 'WebhookEndpointRegistered', data: { endpointId: 'ep-1', owner: { siteId: 'cineca' }, url: 'https://x.example/h', kinds: [], description: '', secret: { secretId: 's1', value: 'whsec_A' }, registeredAt: '2026-11-01T00:00:00.000Z' } },
  { streamId: 'notification-1', streamPosition: 0, type: 'NotificationRaised', data: { endpointId: 'ep-1' } },
  { streamId: stream, streamPosition: 1, type: 'WebhookSecretRotated', data: { endpointId: 'ep-1', secret: { secretId: 's2', value: 'whsec_B' }, previousSecretId: 's1', previousExpiresAt: '2026-11-02T00:00:00.000Z', rotatedAt: '2026-11-01T00:00:00.000Z' } },
  { streamId: stream, streamPosition: 2, type: 'WebhookEndpointDisabled', data: { endpointId: 'ep-1', reason: 'gone', status: 410, disabledAt: '2026-11-01T01:00:00.000Z' } },
];

describe('the endpoint summaries read model', () => {
  it('folds an endpoint without its secrets, ignoring other streams', () => {
    const summaries = new Map<string, EndpointSummary>();
    for (const event of events) applyToSummaries(summaries, event);
    expect([...summaries.values()]).toEqual([{
      endpointId: 'ep-1', owner: { siteId: 'cineca' }, url: 'https://x.example/h', kinds: [], description: '', enabled: false, disabledReason: 'gone',
      registeredAt: '2026-11-01T00:00:00.000Z', secretCreatedAt: '2026-11-01T00:00:00.000Z', previousSecretExpiresAt: '2026-11-02T00:00:00.000Z', revision: 2,
    }]);
    expect(JSON.stringify([...summaries.values()])).not.toContain('whsec_');
  });

  it('gives the same result when the same events come twice', () => {
    const once = new Map<string, EndpointSummary>();
    const twice = new Map<string, EndpointSummary>();
    for (const event of events) applyToSummaries(once, event);
    for (const event of [...events, ...events.slice(1)]) applyToSummaries(twice, event);
    expect(twice).toEqual(once);
  });
});
