import { Get, applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { HistoryActorView } from '@hpc-access/http';
import type { ConfigurationVersion } from '../versioned-configuration';

/**
 * One version of a service's configuration, the same shape in every service: who recorded it (in
 * which role), when, the whole configuration it put in force and the reason given (intake asks for
 * one; the others have none). What changed between two versions is the difference of their
 * `configuration`s: the client compares, the stream stores whole versions.
 */
@ApiSchema({ name: 'ConfigurationVersion' })
export class ConfigurationVersionView {
  @ApiProperty({ description: 'The event: seeded at the first start, then each change (each service keeps its own event names)', example: 'ConfigurationChanged' })
  type!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Revision of the configuration stream this version stands at (the ETag it had)' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: () => HistoryActorView, description: 'Who recorded it; the service itself (role `system`) for the seed and for upgrades at a start' }) actor!: HistoryActorView;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The whole configuration in force from this version on, in the form the GET answers' })
  configuration!: Record<string, unknown>;
  @ApiProperty({ type: 'string', nullable: true, description: 'Why it was changed, when the service asks for a reason (intake); null otherwise' }) reason!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data as stored" }) data!: Record<string, unknown>;
}

@ApiSchema({ name: 'ConfigurationHistory' })
export class ConfigurationHistoryView {
  @ApiProperty({ type: () => [ConfigurationVersionView], description: 'Every version, oldest first' }) events!: ConfigurationVersionView[];
}

/**
 * The versions as the route answers them; `key` is where the configuration sits in the events'
 * data (`configuration`, `settings`, `rules`).
 */
export function configurationHistory(versions: readonly ConfigurationVersion[], key: string): ConfigurationHistoryView {
  return {
    events: versions.map((version) => {
      const data = (version.data ?? {}) as Record<string, unknown>;
      const reason = typeof data['reason'] === 'string' ? data['reason'] : null;
      return { ...version, data, configuration: (data[key] ?? {}) as Record<string, unknown>, reason };
    }),
  };
}

export interface ConfigurationHistoryRoute {
  operationId: string;
  summary?: string;
  /** The same roles as reading the configuration (auditors among them), unless the controller says why not. */
  roles: readonly Role[];
}

/** GET `<configuration>/history`: every version of the configuration, from its stream's events. */
export function GetConfigurationHistory(route: ConfigurationHistoryRoute): MethodDecorator {
  return applyDecorators(
    Get('history'),
    Roles(...route.roles),
    ApiExtraModels(ConfigurationVersionView),
    ApiOperation({ operationId: route.operationId, summary: route.summary ?? 'Every version of the configuration: who changed it in which role, when, what it put in force, and why' }),
    ApiOkResponse({ type: ConfigurationHistoryView }),
  );
}
