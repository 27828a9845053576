import { Injectable } from '@nestjs/common';
import { notFound, type CommandContext } from '@hpc-access/eventsourcing';
import { ConfigurationService } from '../configuration/configuration.service';
import { HoldAndAward } from '../capacity/hold-and-award/hold-and-award';
import { UnitOfWork, type Trace, type Work } from '../shared/unit-of-work';
import { loadApplication, onApplication } from './application-stream';
import type { ApplicationResult } from './application-reader';
import type { TechnicalAssessmentDto } from './assess-technically/technical-assessment.dto';
import type { ScoresDto } from './score-application/scores.dto';

/** The routes' commands on allocation's record of an application: the technical assessment and the scores. */
@Injectable()
export class ApplicationCommands {
  constructor(
    private readonly units: UnitOfWork,
    private readonly steps: HoldAndAward,
    private readonly configs: ConfigurationService,
  ) {}

  /** The site's assessment; a rejection gives the hold back, an acceptance may complete the award. */
  assessTechnically(applicationId: string, body: TechnicalAssessmentDto, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<ApplicationResult> {
    return this.units.run(trace, async (w) => {
      await this.existing(w, applicationId);
      await onApplication(w, applicationId, { type: 'CompleteTechnicalAssessment', data: { outcome: body.outcome, remarks: body.remarks ?? '' }, context }, expectedRevision);
      if (body.outcome === 'rejected') await this.steps.release(w, context, applicationId, 'technically-rejected');
      else await this.steps.tryAward(w, context, applicationId);
      return this.current(w, applicationId);
    });
  }

  score(applicationId: string, body: ScoresDto, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<ApplicationResult> {
    return this.units.run(trace, async (w) => {
      await this.existing(w, applicationId);
      const { weights } = (await this.configs.current(w.store)).scoring;
      await onApplication(w, applicationId, { type: 'ScoreApplication', data: { ...body, weights }, context }, expectedRevision);
      return this.current(w, applicationId);
    });
  }

  private async existing(w: Work, applicationId: string): Promise<void> {
    const { revision } = await loadApplication(w, applicationId);
    if (revision < 0) throw notFound('application-not-found', `allocation knows no application ${applicationId}`);
  }

  private async current(w: Work, applicationId: string): Promise<ApplicationResult> {
    const { state, revision } = await loadApplication(w, applicationId);
    return { state, revision };
  }
}
