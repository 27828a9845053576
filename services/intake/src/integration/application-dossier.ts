import type { ApplicationDossier } from '@hpc-access/contracts';
import type { Proposal } from '../applications/domain/proposal';

/** The proposal as ethics review and allocation see it: the request and the project, no contacts. */
export function dossierOf(proposal: Proposal): ApplicationDossier {
  const { dataSources, ethicsSelfAssessment } = proposal;
  return {
    mode: proposal.mode,
    title: proposal.title,
    system: proposal.system,
    partition: proposal.partition,
    gpuHours: proposal.gpuHours,
    durationMonths: proposal.durationMonths,
    start: proposal.startDate,
    projectSummary: proposal.projectSummary,
    modelKind: proposal.modelKind,
    trainingComputeFlop: proposal.trainingComputeFlop,
    personalData: dataSources.personalData,
    copyrightedMaterial: dataSources.copyrightedMaterial,
    tdmOptOutsHonoured: dataSources.tdmOptOutsHonoured,
    civilianUse: proposal.civilianUse,
    monthlyUsagePlan: proposal.monthlyUsagePlan,
    issueCategories: ethicsSelfAssessment.issueCategories,
    prohibitedPractice: ethicsSelfAssessment.prohibitedPractice,
    principles: Object.entries(ethicsSelfAssessment.principles).map(([principle, answer]) => ({ principle, assessment: answer.assessment, explanation: answer.explanation })),
  };
}
