import { Controller, Get, Inject, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { writeBundle, type BundleProgress } from '@hpc-access/audit-bundle';
import { Roles } from '@hpc-access/auth';
import { ApiProblems, badRequest } from '@hpc-access/http';
import type { Database } from '@hpc-access/sql';
import { AUDIT_READERS } from '../audit-roles';
import { AUDIT_DB, AUDIT_KEYS, AUDIT_OPTIONS, type AuditOptionsShape } from '../audit.tokens';
import { existingSources } from '../ledger/source-events';
import type { LedgerKeys } from '../ledger/signing-key';

/** A log line per this many events written: a long export shows where it is in the log. */
export const EXPORT_LOG_EVERY = 10_000;

export class ExportQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Only events recorded at or after this instant (default: from the first)' })
  @IsOptional() @IsISO8601({ strict: true }) from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only events recorded before this instant (default: up to the export)' })
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/export')
export class ExportController {
  private readonly logger = new Logger('AuditExport');

  constructor(
    @Inject(AUDIT_DB) private readonly db: Database,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditOptionsShape,
    @Inject(AUDIT_KEYS) private readonly keys: LedgerKeys,
  ) {}

  /**
   * The audit bundle (ADR 30), written by libs/audit-bundle's writer as `hpc-audit export` writes
   * it, straight into the response: no Content-Length, chunked, memory flat. The client sees its
   * progress from the first bytes: `X-Bundle-Events` (a header) and the header line's `services`
   * counts give the total, each line is one event. The manifest is signed with the ledger's key.
   */
  @Get()
  @Roles(...AUDIT_READERS)
  @ApiOperation({
    operationId: 'audit.exportBundle',
    summary:
      'A signed audit bundle (JSON Lines: header, checkpoints, events as stored, signed manifest, end record) of every event or of those recorded in [from, to), streamed; check it offline with `hpc-audit verify --bundle` (auditors, administrators)',
  })
  @ApiOkResponse({ description: 'The bundle, one JSON record per line (services/audit-cli/README.md); header X-Bundle-Events: the number of events that follow', content: { 'application/x-ndjson': {} } })
  @ApiProblems({ status: 400, description: 'from or to is not an ISO 8601 instant, or from is not before to' })
  async export(@Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const from = query.from === undefined ? undefined : new Date(query.from).toISOString();
    const to = query.to === undefined ? undefined : new Date(query.to).toISOString();
    if (from !== undefined && to !== undefined && from >= to) throw badRequest('from', `from (${from}) must be before to (${to})`);
    const sources = await existingSources(this.db, this.options.sources);
    const range = from !== undefined || to !== undefined ? { from, to } : undefined;
    const started = Date.now();
    let total = 0;
    let written = 0;
    let logged = 0;
    const progress: BundleProgress = {
      setTotal: (events) => {
        total = events;
        // Still before the first byte: the headers go out with it.
        res.status(200).setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
        res.setHeader('X-Bundle-Events', String(events));
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Content-Disposition', `attachment; filename="hpc-audit-bundle-${new Date(started).toISOString().replace(/[:.]/g, '-')}.jsonl"`);
        this.logger.log(`export started: ${events} events${range ? ` recorded from ${from ?? 'the first'} to ${to ?? 'now'}` : ''}`);
      },
      add: (events) => {
        written += events;
        if (written - logged >= EXPORT_LOG_EVERY) {
          logged = written;
          this.logger.log(`export: ${written}/${total} events (${Math.round((written / Math.max(total, 1)) * 100)}%)`);
        }
      },
    };
    try {
      const report = await writeBundle(this.db, sources, res, progress, { ledgerSchema: this.options.schema, range, signer: this.keys.signer });
      this.logger.log(`export done: ${report.events} events in ${((Date.now() - started) / 1000).toFixed(1)} s, SHA-256 ${report.sha256}`);
    } catch (error) {
      // After the first byte no problem+json can follow: the cut stream has no end record, which verify names.
      this.logger.error(`export failed after ${written} events: ${(error as Error).message}`);
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
    }
  }
}
