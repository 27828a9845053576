import { Module, type DynamicModule } from '@nestjs/common';
import type { Database } from '@hpc-access/sql';
import { RebuildController } from './rebuild.controller';
import { RebuildJobs } from './rebuild-jobs';

/** The embedded platform's rebuild route (ADR 31); distributed mode rebuilds with `npm run rebuild` instead. */
@Module({})
export class RebuildModule {
  static register(db: Database): DynamicModule {
    return { module: RebuildModule, controllers: [RebuildController], providers: [{ provide: RebuildJobs, useValue: new RebuildJobs(db) }] };
  }
}
