import { Injectable } from '@nestjs/common';
import type { EthicsOutcome } from '@hpc-access/contracts';
import { notFound, type CommandContext } from '@hpc-access/eventsourcing';
import { ConfigurationService } from '../configuration/configuration.service';
import { AllocationFlow } from '../flow/allocation-flow';
import { UnitOfWork, type Trace, type Work } from '../flow/unit-of-work';
import type { ApplicationResult } from './application-reader';
import type { TechnicalAssessmentDto } from './assess-technically/technical-assessment.dto';
import type { ScoresDto } from './score-application/scores.dto';

/** Commands on allocation's record of an application, from HTTP and from other contexts' events. */
@Injectable()
export class ApplicationCommands {
  constructor(
    private readonly units: UnitOfWork,
    private readonly flow: AllocationFlow,
    private readonly configs: ConfigurationService,
  ) {}

  /** The site's assessment; a rejection gives the hold back, an acceptance may complete the award. */
  assessTechnically(applicationId: string, body: TechnicalAssessmentDto, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<ApplicationResult> {
    return this.units.run(trace, async (w) => {
      await this.existing(w, applicationId);
      await this.flow.applicationCommand(w, applicationId, { type: 'CompleteTechnicalAssessment', data: { outcome: body.outcome, remarks: body.remarks ?? '' }, context }, expectedRevision);
      if (body.outcome === 'rejected') await this.flow.release(w, context, applicationId, 'technically-rejected');
      else await this.flow.tryAward(w, context, applicationId);
      return this.current(w, applicationId);
    });
  }

  score(applicationId: string, body: ScoresDto, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<ApplicationResult> {
    return this.units.run(trace, async (w) => {
      await this.existing(w, applicationId);
      const { weights } = (await this.configs.current(w.store)).scoring;
      await this.flow.applicationCommand(w, applicationId, { type: 'ScoreApplication', data: { ...body, weights }, context }, expectedRevision);
      return this.current(w, applicationId);
    });
  }

  async ethicsDecided(w: Work, context: CommandContext, applicationId: string, organisationId: string, outcome: EthicsOutcome, decidedAt: string): Promise<void> {
    const { events } = await this.flow.applicationCommand(w, applicationId, { type: 'RecordEthicsOutcome', data: { applicationId, organisationId, outcome, decidedAt }, context });
    if (events.length === 0) return;
    if (outcome === 'refused') await this.flow.release(w, context, applicationId, 'ethics-refused');
    else await this.flow.tryAward(w, context, applicationId);
  }

  async withdrawn(w: Work, context: CommandContext, applicationId: string, withdrawnAt: string): Promise<void> {
    const { events } = await this.flow.applicationCommand(w, applicationId, { type: 'RecordWithdrawal', data: { withdrawnAt }, context });
    if (events.length > 0) await this.flow.release(w, context, applicationId, 'withdrawn');
  }

  private async existing(w: Work, applicationId: string): Promise<void> {
    const { revision } = await this.flow.application(w, applicationId);
    if (revision < 0) throw notFound('application-not-found', `allocation knows no application ${applicationId}`);
  }

  private async current(w: Work, applicationId: string): Promise<ApplicationResult> {
    const { state, revision } = await this.flow.application(w, applicationId);
    return { state, revision };
  }
}
