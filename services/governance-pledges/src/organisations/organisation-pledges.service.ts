import { Inject, Injectable } from '@nestjs/common';
import { assertMayAccessOrganisation, type Caller } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { parseIfMatch } from '@hpc-access/http';
import { GovernanceStreams } from '../governance-streams';
import { GOVERNANCE_CLOCK, GOVERNANCE_DB, GOVERNANCE_OPTIONS, type Clock, type GovernanceOptionsShape } from '../governance-pledges.tokens';
import { organisationPledgeStreamId, type OrganisationPledgeState } from './domain/organisation-pledge';
import type { OrganisationPledgeCommand } from './domain/organisation-pledge.commands';
import { organisationPledgeDecider } from './domain/organisation-pledge.decide';

type DataOf<T extends OrganisationPledgeCommand['type']> = Omit<Extract<OrganisationPledgeCommand, { type: T }>['data'], 'organisationId'>;

/** Runs the commands of an organisation's pledge and reads it straight from its stream. */
@Injectable()
export class OrganisationPledgesService {
  constructor(
    private readonly streams: GovernanceStreams,
    @Inject(GOVERNANCE_DB) private readonly db: Sql,
    @Inject(GOVERNANCE_OPTIONS) private readonly options: GovernanceOptionsShape,
    @Inject(GOVERNANCE_CLOCK) private readonly clock: Clock,
  ) {}

  async load(organisationId: string) {
    const loaded = await this.streams.read(organisationPledgeDecider, organisationPledgeStreamId(organisationId));
    if (loaded.state.organisationId === null) throw notFound('organisation-not-found', `organisation ${organisationId} is not known to governance`);
    return loaded;
  }

  /** Loads the organisation for a caller allowed to see it (an applicant only their own). */
  async loadFor(organisationId: string, caller: Caller) {
    assertMayAccessOrganisation(caller.actor, organisationId);
    return this.load(organisationId);
  }

  /** The caller's command on the organisation, at the revision named in If-Match. */
  async run<T extends OrganisationPledgeCommand['type']>(
    organisationId: string, caller: Caller, ifMatch: string | undefined, type: T, data: DataOf<T>,
  ): Promise<{ state: OrganisationPledgeState; revision: number }> {
    assertMayAccessOrganisation(caller.actor, organisationId);
    const expectedRevision = parseIfMatch(ifMatch);
    const command = { type, data: { ...data, organisationId }, context: { now: this.clock.now(), actor: caller.actor } } as unknown as OrganisationPledgeCommand;
    const result = await this.streams.execute(organisationPledgeDecider, organisationPledgeStreamId(organisationId), command, { correlationId: caller.correlationId, expectedRevision });
    if (result.state.organisationId === null) throw notFound('organisation-not-found', `organisation ${organisationId} is not known to governance`);
    return { state: result.state, revision: result.revision };
  }

  /** Accounting's latest totals, summed over the organisation's allocations. */
  async usageTotals(organisationId: string): Promise<{ trainingFlop: number; energyKwh: number }> {
    const { rows } = await this.db.query<{ flop: number | null; energy: number | null }>(
      `SELECT sum(estimated_training_flop) AS flop, sum(energy_kwh) AS energy FROM ${this.options.schema}.usage_totals WHERE organisation_id = $1`,
      [organisationId],
    );
    return { trainingFlop: Number(rows[0]?.flop ?? 0), energyKwh: Number(rows[0]?.energy ?? 0) };
  }
}
