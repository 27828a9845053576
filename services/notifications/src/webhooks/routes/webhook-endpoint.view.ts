import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../shared/notification';
import type { RegisteredEndpoint } from '../domain/webhook-endpoint';
import type { EndpointSummary } from '../endpoint-summaries';

export class WebhookEndpointView {
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiPropertyOptional({ description: 'Set when the endpoint belongs to an organisation' }) organisationId?: string;
  @ApiPropertyOptional({ description: 'Set when the endpoint belongs to a hosting site' }) siteId?: string;
  @ApiProperty() url!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, description: 'The kinds it receives; empty: every kind' }) kinds!: NotificationKind[];
  @ApiProperty() description!: string;
  @ApiProperty() enabled!: boolean;
  @ApiPropertyOptional({ enum: ['by-owner', 'gone'], description: 'Why it is disabled; gone: the receiver answered 410' }) disabledReason?: 'by-owner' | 'gone';
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Until when the previous secret still signs beside the current one' }) previousSecretExpiresAt?: string;
  @ApiProperty({ description: 'The stream revision, also sent as ETag' }) revision!: number;
}

export class NewSigningSecretView {
  @ApiProperty({ description: 'Id of the secret (not secret)' }) id!: string;
  @ApiProperty({ description: 'whsec_ and base64 of the key: shown this once, keep it now' }) value!: string;
}

export class WebhookEndpointWithSecretView extends WebhookEndpointView {
  @ApiProperty({ type: NewSigningSecretView }) secret!: NewSigningSecretView;
}

export function summaryView(summary: EndpointSummary): WebhookEndpointView {
  return {
    endpointId: summary.endpointId,
    ...summary.owner,
    url: summary.url,
    kinds: summary.kinds,
    description: summary.description,
    enabled: summary.enabled,
    ...(summary.disabledReason ? { disabledReason: summary.disabledReason } : {}),
    registeredAt: summary.registeredAt,
    ...(summary.previousSecretExpiresAt ? { previousSecretExpiresAt: summary.previousSecretExpiresAt } : {}),
    revision: summary.revision,
  };
}

/** The view of an endpoint read from its stream: never a secret in it. */
export function endpointView(endpoint: RegisteredEndpoint, revision: number): WebhookEndpointView {
  return {
    endpointId: endpoint.endpointId,
    ...endpoint.owner,
    url: endpoint.url,
    kinds: endpoint.kinds,
    description: endpoint.description,
    enabled: endpoint.enabled,
    ...(endpoint.disabledReason ? { disabledReason: endpoint.disabledReason } : {}),
    registeredAt: endpoint.registeredAt,
    ...(endpoint.previous ? { previousSecretExpiresAt: endpoint.previous.expiresAt } : {}),
    revision,
  };
}
