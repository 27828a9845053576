import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HealthRegistry } from '@hpc-access/http';
import { runMigrations, type Database } from '@hpc-access/sql';
import { auditMigrations } from './audit-migrations';
import { AsOfController } from './as-of/as-of.controller';
import { AuditRuntime } from './audit-runtime';
import { AUDIT_DB, AUDIT_KEYS, AUDIT_OPTIONS, AUDIT_STARTUP_CHECK, DEFAULT_SOURCES, systemClock, type AuditOptionsShape, type Clock, type LedgerOptions } from './audit.tokens';
import { CheckpointStore } from './checkpoints/checkpoint-store';
import { CheckpointsController } from './checkpoints/checkpoints.controller';
import { PublicKeyController } from './checkpoints/public-key.controller';
import { LedgerIntegrity } from './history-check/ledger-integrity';
import { RefuseWritesInterceptor } from './history-check/refuse-writes.interceptor';
import { LedgerTree } from './ledger/ledger-tree';
import { ledgerKeys } from './ledger/signing-key';
import { DecisionsController } from './decisions/decisions.controller';
import { ExportController } from './export/export.controller';
import { ConsistencyProofController } from './proofs/consistency-proof.controller';
import { InclusionProofController } from './proofs/inclusion-proof.controller';
import { TimelineController } from './timeline/timeline.controller';

export interface AuditModuleOptions {
  db: Database;
  /** The audit schema: the ledger's leaves, where it stands per service, its checkpoints. */
  schema?: string;
  /** The schemas whose events tables the ledger sequences (default: the five services'). */
  sources?: readonly string[];
  clock?: Clock;
  ledger?: LedgerOptions;
}

/** Audit (read-only): the one ledger over every service's events, its proofs, and the timeline. */
@Module({})
export class AuditModule {
  static register(options: AuditModuleOptions): DynamicModule {
    const ledger = options.ledger ?? {};
    const shape: AuditOptionsShape = {
      schema: options.schema ?? 'audit',
      sources: options.sources ?? DEFAULT_SOURCES,
      origin: ledger.origin ?? 'hpc-access.local/audit-ledger',
      signerKey: ledger.signerKey,
      previousVerifierKeys: ledger.previousVerifierKeys,
      developmentKey: ledger.developmentKey ?? false,
      checkpointEvery: ledger.checkpointEvery ?? 256,
      checkpointIntervalMs: ledger.checkpointIntervalMs ?? 1_000,
      pollMs: ledger.pollMs ?? 200,
      autoStart: ledger.autoStart ?? true,
      clock: options.clock ?? systemClock,
    };
    const providers: Provider[] = [
      { provide: AUDIT_DB, useValue: options.db },
      { provide: AUDIT_OPTIONS, useValue: shape },
      {
        // Migrations first: every other provider that touches the schema depends on this one.
        provide: AUDIT_KEYS,
        useFactory: async () => {
          await runMigrations(options.db, shape.schema, auditMigrations());
          return ledgerKeys(options.db, shape.schema, shape);
        },
      },
      { provide: LedgerTree, useFactory: () => new LedgerTree(shape.schema) },
      { provide: CheckpointStore, useFactory: () => new CheckpointStore(shape.schema) },
      LedgerIntegrity,
      { provide: APP_INTERCEPTOR, useClass: RefuseWritesInterceptor },
      {
        provide: 'AUDIT_HEALTH',
        useFactory: (health: HealthRegistry, integrity: LedgerIntegrity) => {
          health.register('audit-database', async () => { await options.db.query('SELECT 1'); });
          health.register('audit-ledger', async () => integrity.check());
        },
        inject: [HealthRegistry, LedgerIntegrity],
      },
      AuditRuntime,
      {
        // A provider, not an init hook: Nest builds every provider before it calls any module's
        // onModuleInit (ethics' configuration seed appends there) or onApplicationBootstrap
        // (consumers, scheduler), so the start-up check is over before anything could append.
        provide: AUDIT_STARTUP_CHECK,
        useFactory: (runtime: AuditRuntime) => runtime.checkAtStart(),
        inject: [AuditRuntime],
      },
    ];
    return {
      module: AuditModule,
      controllers: [CheckpointsController, PublicKeyController, InclusionProofController, ConsistencyProofController, TimelineController, AsOfController, DecisionsController, ExportController],
      providers,
      exports: [AuditRuntime, LedgerIntegrity],
    };
  }
}
