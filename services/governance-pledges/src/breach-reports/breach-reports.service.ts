import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@hpc-access/auth';
import { newEventId, notFound } from '@hpc-access/eventsourcing';
import { parseIfMatch } from '@hpc-access/http';
import { GovernanceStreams } from '../governance-streams';
import { GOVERNANCE_CLOCK, type Clock } from '../governance-pledges.tokens';
import { organisationPledgeStreamId } from '../organisations/domain/organisation-pledge';
import { organisationPledgeDecider } from '../organisations/domain/organisation-pledge.decide';
import { breachReportStreamId, type FiledBreachReport } from './domain/breach-report';
import { breachReportDecider } from './domain/breach-report.decide';

/** Breach reports by staff; a confirmation records the breach on the organisation in the same transaction. */
@Injectable()
export class BreachReportsService {
  constructor(private readonly streams: GovernanceStreams, @Inject(GOVERNANCE_CLOCK) private readonly clock: Clock) {}

  async load(reportId: string): Promise<{ state: FiledBreachReport; revision: number }> {
    const { state, revision } = await this.streams.read(breachReportDecider, breachReportStreamId(reportId));
    if (state.status === 'none') throw notFound('breach-report-not-found', `breach report ${reportId} does not exist`);
    return { state, revision };
  }

  async file(caller: Caller, data: { organisationId: string; description: string; evidenceLinks: string[] }): Promise<{ state: FiledBreachReport; revision: number }> {
    const reportId = newEventId();
    const organisation = await this.streams.read(organisationPledgeDecider, organisationPledgeStreamId(data.organisationId));
    const result = await this.streams.execute(breachReportDecider, breachReportStreamId(reportId), {
      type: 'FileBreachReport',
      data: { reportId, ...data, facts: { organisationKnown: organisation.state.registration !== null } },
      context: { now: this.clock.now(), actor: caller.actor },
    }, { correlationId: caller.correlationId });
    return { state: result.state as FiledBreachReport, revision: result.revision };
  }

  async decide(reportId: string, caller: Caller, ifMatch: string | undefined, decision: 'confirmed' | 'dismissed', note: string) {
    const expectedRevision = parseIfMatch(ifMatch);
    const cause = { now: this.clock.now(), actor: caller.actor, correlationId: caller.correlationId, causationId: null };
    return this.streams.transaction(async (tx) => {
      const decided = await this.streams.commands.run(tx, cause, breachReportDecider, breachReportStreamId(reportId), { type: 'DecideBreachReport', data: { decision, note } }, { expectedRevision });
      if (decided.state.status === 'none') throw notFound('breach-report-not-found', `breach report ${reportId} does not exist`);
      if (decided.state.status === 'confirmed' && decided.events.length > 0) {
        const { organisationId, description } = decided.state.report;
        await this.streams.commands.run(tx, { ...cause, causationId: decided.events[0].eventId }, organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
          type: 'RecordConfirmedBreach', data: { organisationId, breachId: reportId, reason: description.slice(0, 2000) },
        });
      }
      return { state: decided.state, revision: decided.revision };
    }, expectedRevision === undefined);
  }
}
