import { Controller, Get, HttpCode, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@hpc-access/auth';
import { storageState } from '@hpc-access/eventstore-postgres';

export type ReadinessCheck = () => Promise<void>;

/** Modules register what must work before the process takes traffic (database reachable, migrations done). */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

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
    return results;
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'up' };
  }

  @Get('ready')
  async ready() {
    const checks = await this.registry.run();
    const ok = Object.values(checks).every((v) => v === 'up');
    if (!ok) throw new ServiceUnavailableException(`not ready: ${JSON.stringify(checks)}`);
    return { status: 'up', checks };
  }
}
