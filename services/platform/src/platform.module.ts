import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { AuthModule, type AuthModuleOptions } from '@hpc-access/auth';
import type { Database } from '@hpc-access/sql';
import { ObservabilityModule } from '@hpc-access/http';
import type { MessageBus } from '@hpc-access/messaging';
import { AccountingModule } from '@hpc-access/accounting';
import { AllocationModule } from '@hpc-access/allocation';
import { AuditModule, type AuditModuleOptions } from '@hpc-access/audit';
import { EthicsReviewModule } from '@hpc-access/ethics-review';
import { GovernancePledgesModule } from '@hpc-access/governance-pledges';
import { IntakeModule, type Clock } from '@hpc-access/intake';
import { NotificationsModule, type NotificationsModuleOptions } from '@hpc-access/notifications';
import { SchedulerModule } from '@hpc-access/scheduler';
import { RebuildModule } from './rebuild/rebuild.module';

export interface PlatformOptions {
  db: Database;
  bus: MessageBus;
  auth: AuthModuleOptions;
  clock?: Clock;
  /** The audit ledger's key and cadence (default: a development key kept in the audit schema). */
  audit?: AuditModuleOptions['ledger'];
  /** Tests fire deadlines by hand after moving their clock; the running platform polls. */
  scheduler?: { autoStart: boolean };
  /**
   * SMTP, From, the staff UI's base URL, backoff, webhook settings (`config`), or channels in place
   * of SMTP and webhooks (tests). The dispatcher polls unless `config.dispatcherAutoStart` is false;
   * by default it follows `scheduler.autoStart` (tests then run `NotificationsRuntime.dispatchDue()`).
   */
  notifications?: Pick<NotificationsModuleOptions, 'config' | 'channels' | 'webhookEndpoints'>;
}

const PLATFORM_DB = Symbol('PLATFORM_DB');

/** The database closes last, after Nest has stopped every consumer that still writes to it. */
@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(PLATFORM_DB) private readonly db: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}

/** Embedded mode: every service module in one Nest application, on one database and one bus. */
@Module({})
export class PlatformModule {
  static register(options: PlatformOptions): DynamicModule {
    // One database, one bus, one clock; each service in its own schema, as in distributed mode.
    const shared = { db: options.db, bus: options.bus, ...(options.clock ? { clock: options.clock } : {}) };
    return {
      module: PlatformModule,
      imports: [
        ObservabilityModule,
        AuthModule.forRoot(options.auth),
        SchedulerModule.forRoot({ ...(options.clock ? { clock: options.clock } : {}), autoStart: options.scheduler?.autoStart ?? true }),
        IntakeModule.register({ ...shared, schema: 'intake' }),
        GovernancePledgesModule.register({ ...shared, schema: 'governance' }),
        EthicsReviewModule.register({ ...shared, schema: 'ethics' }),
        AllocationModule.register({ ...shared, schema: 'allocation' }),
        AccountingModule.register({ ...shared, schema: 'accounting' }),
        NotificationsModule.register({
          ...shared,
          schema: 'notifications',
          ...options.notifications,
          config: { dispatcherAutoStart: options.scheduler?.autoStart ?? true, ...options.notifications?.config },
        }),
        // Last: it reads the other schemas, so their migrations have run when its check starts.
        AuditModule.register({ db: options.db, schema: 'audit', ...(options.clock ? { clock: options.clock } : {}), ledger: { developmentKey: true, ...options.audit } }),
        // An administrator rebuilds a read model inside the running platform, which owns the data directory (ADR 31).
        RebuildModule.register(options.db),
      ],
      providers: [{ provide: PLATFORM_DB, useValue: options.db }, DatabaseLifecycle],
    };
  }
}
