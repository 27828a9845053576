import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { systemClock, type Clock } from '@hpc-access/eventsourcing';
import { structuredLogger } from '@hpc-access/http';
import { Scheduler } from './scheduler';

/** The process's one Scheduler; services register their deadline tables with it at start. */
export const SCHEDULER = Symbol('SCHEDULER');

export interface SchedulerModuleOptions {
  clock?: Clock;
  intervalMs?: number;
  /** Tests fire deadlines by hand (`runDue`) after moving their clock, instead of polling. */
  autoStart?: boolean;
}

@Injectable()
class SchedulerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(SCHEDULER) private readonly scheduler: Scheduler, @Inject('SCHEDULER_AUTOSTART') private readonly autoStart: boolean) {}

  onApplicationBootstrap(): void {
    if (this.autoStart) this.scheduler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
  }
}

@Global()
@Module({})
export class SchedulerModule {
  static forRoot(options: SchedulerModuleOptions = {}): DynamicModule {
    return {
      module: SchedulerModule,
      providers: [
        { provide: SCHEDULER, useFactory: () => new Scheduler({ clock: options.clock ?? systemClock, intervalMs: options.intervalMs, logger: structuredLogger('scheduler') }) },
        { provide: 'SCHEDULER_AUTOSTART', useValue: options.autoStart ?? true },
        SchedulerLifecycle,
      ],
      exports: [SCHEDULER],
    };
  }
}
