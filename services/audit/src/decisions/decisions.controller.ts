import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiProblems } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import type { Before } from '@hpc-access/audit-as-of';
import { entityAsOf, type EntityAsOf } from '../as-of/entity-as-of';
import { AUDIT_READERS } from '../audit-roles';
import { AUDIT_DB } from '../audit.tokens';
import { EVENT_ID_PIPE } from '../shared/params';
import { capacityLedgerIdOf, decisionInputs } from './decision-kinds';
import { findDecidingEvent } from './deciding-event.queries';
import { DecisionView, type DecisionSeenView } from './decision.view';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/decisions')
export class DecisionsController {
  constructor(@Inject(AUDIT_DB) private readonly db: Sql) {}

  @Get(':eventId')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ operationId: 'audit.getDecision', summary: 'An ethics decision or an allocation award, with what its maker saw: the application, the reviews or the capacity, as of the decision (auditors, administrators)' })
  @ApiParam({ name: 'eventId', description: 'The deciding event (EthicsCaseDecided, or allocation\'s ApplicationAwarded)' })
  @ApiOkResponse({ type: DecisionView })
  @ApiProblems({ status: 404, description: 'No such event, or it is not a decision this route explains' })
  async get(@Param('eventId', EVENT_ID_PIPE) eventId: string): Promise<DecisionView> {
    const event = await findDecidingEvent(this.db, eventId);
    if (!event) throw new NotFoundException(`no ethics or allocation event ${eventId}`);
    const inputs = decisionInputs(event);
    if (!inputs) throw new NotFoundException(`event ${eventId} is a ${event.type}, not an ethics decision or an allocation award`);
    const at = event.recordedAt;
    // The world just before the decision: the deciding stream up to the event before it, every
    // other entity from what was recorded before its instant (its consequences are not).
    const strictly = { strictly: true };
    const beforeIt = { streamPosition: event.streamPosition };
    const application = await this.asOf('application', inputs.applicationId, at, strictly);
    let seen: DecisionSeenView;
    if (inputs.kind === 'ethics-decision') {
      seen = { application, ethicsCase: await this.asOf('ethics-case', event.streamId.replace(/^ethics-case-/, ''), at, beforeIt) };
    } else {
      const allocationApplication = await this.asOf('allocation-application', inputs.applicationId, at, beforeIt);
      const ledgerId = capacityLedgerIdOf(allocationApplication?.state);
      seen = { application, allocationApplication, capacity: ledgerId ? await this.asOf('capacity-ledger', ledgerId, at, strictly) : null };
    }
    const { service, type, streamId, streamPosition, data, metadata, hash } = event;
    return { kind: inputs.kind, event: { eventId, service, type, streamId, streamPosition, recordedAt: at.toISOString(), data, metadata, hash }, asOf: at.toISOString(), seen };
  }

  /** An entity as of the decision; null where it did not exist (yet), which is itself what the maker saw. */
  private async asOf(entityType: string, id: string, at: Date, before: Before): Promise<(EntityAsOf & { state: Record<string, unknown> }) | null> {
    try {
      return (await entityAsOf(this.db, entityType, id, at, before)) as EntityAsOf & { state: Record<string, unknown> };
    } catch (error) {
      if (error instanceof NotFoundException) return null;
      throw error;
    }
  }
}
