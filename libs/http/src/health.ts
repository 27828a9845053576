import { Controller, Get, HttpCode, Injectable, Optional, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { IssuerReadiness, Public } from '@hpc-access/auth';
import { storageState } from '@hpc-access/sql';
import { ApiProblems } from './openapi/responses';

export type ReadinessCheck = () => Promise<void>;

/** Modules register what must work before the process takes traffic (database reachable, migrations done). */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

  // AuthModule's: not ready until the issuer's discovery document and keys have been fetched.
  constructor(@Optional() issuer?: IssuerReadiness) {
    if (issuer) this.register('identity-provider', () => issuer.check());
  }

  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  async run(): Promise<Record<string, 'up' | string>> {
    const results: Record<string, string> = {};
    for (const [name, check] of this.checks) {
      results[name] = await check().then(() => 'up', (error: unknown) => (error instanceof Error ? error.message : String(error)));
    }
    // A full disk lets reads through (SELECT 1 above) but no write: not ready until one commits again.
    results.storage = storageState.full ? `full: ${storageState.full}` : 'up';
    // Appends refused (the audit found the history altered, ADR 28): not ready, in every process that follows the verdict.
    if (storageState.refused) results.history = storageState.refused;
    return results;
  }
}

@ApiSchema({ name: 'Liveness' })
export class LivenessView {
  @ApiProperty({ enum: ['up'] }) status!: 'up';
}

@ApiSchema({ name: 'Readiness' })
export class ReadinessView {
  @ApiProperty({ enum: ['up'] }) status!: 'up';
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['up'] },
    description: 'Each registered check by name (the database, migrations, storage…), all "up"',
    example: { 'intake-database': 'up', storage: 'up' },
  })
  checks!: Record<string, string>;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ operationId: 'health.live', summary: 'The process is alive' })
  @ApiOkResponse({ type: LivenessView })
  live(): LivenessView {
    return { status: 'up' };
  }

  @Get('ready')
  @ApiOperation({ operationId: 'health.ready', summary: 'Ready for traffic: every check up (a full disk turns it down until a write commits again)' })
  @ApiOkResponse({ type: ReadinessView })
  @ApiProblems({ status: 503, description: 'Not ready: the detail names each check and why it failed' })
  async ready(): Promise<ReadinessView> {
    const checks = await this.registry.run();
    const ok = Object.values(checks).every((v) => v === 'up');
    if (!ok) throw new ServiceUnavailableException(`not ready: ${JSON.stringify(checks)}`);
    return { status: 'up', checks };
  }
}
