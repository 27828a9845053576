import { Controller, Get, Inject, Param, Query, type PipeTransform } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { assertMayActOnSystem, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { notFound, type EventStore } from '@hpc-access/eventsourcing';
import { ApiProblems, badRequest, historyPage, HistoryPageView, PageQuery } from '@hpc-access/http';
import { STAFF_READERS, systemScope } from '../../allocation-roles';
import { ALLOCATION_STORE } from '../../allocation.tokens';
import { ConfigurationService } from '../../configuration/configuration.service';
import { ledgerStreamId } from '../domain/partition-ledger';

const PART_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A system or partition id in the path; anything else is a 400 naming it. */
class PartIdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (!PART_ID.test(value)) throw badRequest(this.name, `must be a ${this.name} id (lower case letters, digits, - and _)`);
    return value;
  }
}

/** One page of a partition's capacity ledger: every hold, award, release and return (`page`, `pageSize`, as the lists). */
export class CapacityLedgerHistoryView extends HistoryPageView {
  @ApiProperty({ example: 'leonardo' }) system!: string;
  @ApiProperty({ example: 'booster' }) partition!: string;
}

@ApiTags('allocation capacity')
@ApiBearerAuth()
@Controller('api/allocation/capacity')
export class CapacityHistoryController {
  constructor(@Inject(ALLOCATION_STORE) private readonly store: EventStore, private readonly configs: ConfigurationService) {}

  @Get(':system/:partition/history')
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.getCapacityLedgerHistory', summary: "Every event of a partition's capacity ledger in order (holds, awards, releases), with who acted, in which role, and when; a technical assessor only for its site's systems; paginated" })
  @ApiParam({ name: 'system', schema: { type: 'string', pattern: PART_ID.source } })
  @ApiParam({ name: 'partition', schema: { type: 'string', pattern: PART_ID.source } })
  @ApiOkResponse({ type: CapacityLedgerHistoryView })
  @ApiProblems({ status: 403, description: "A technical assessor of a site that does not host the system" }, { status: 404, description: 'The partition has no ledger yet' })
  async history(
    @Param('system', new PartIdPipe('system')) system: string,
    @Param('partition', new PartIdPipe('partition')) partition: string,
    @Query() query: PageQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<CapacityLedgerHistoryView> {
    // As for its applications: a site's assessors read only the systems their site hosts.
    assertMayActOnSystem(await systemScope(caller, this.configs), system);
    const events = await this.store.readStream(ledgerStreamId(system, partition));
    if (events.length === 0) throw notFound('capacity-ledger-not-found', `partition ${system}/${partition} has no capacity ledger`);
    return { system, partition, ...historyPage(events, query) };
  }
}
