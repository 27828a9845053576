/**
 * The demo programme: organisations from eight EU countries and what each of them asks for.
 * Plain request bodies, as the people of the programme would send them.
 */

export interface DemoOrganisation {
  organisationId: string;
  legalName: string;
  country: string;
  registrationNumber: string;
  sme: { staff: number; turnoverEurM: number; balanceSheetEurM: number };
  representative: { userId: string; name: string; email: string; phone: string };
  technical: { name: string; email: string };
}

const org = (
  organisationId: string,
  legalName: string,
  country: string,
  registrationNumber: string,
  staff: number,
  representative: [string, string, string],
  technical: [string, string],
): DemoOrganisation => ({
  organisationId,
  legalName,
  country,
  registrationNumber,
  sme: { staff, turnoverEurM: Math.round(staff * 0.09 * 10) / 10, balanceSheetEurM: Math.round(staff * 0.06 * 10) / 10 },
  representative: { userId: `rep-${organisationId.slice(4)}`, name: representative[0], email: representative[1], phone: representative[2] },
  technical: { name: technical[0], email: technical[1] },
});

export const DEMO_ORGANISATIONS = {
  aurora: org('org-demo-aurora-models', 'Aurora Models OÜ', 'EE', 'EE102345678', 42, ['Kadri Tamm', 'kadri.tamm@aurora-models.ee', '+372 5123 4567'], ['Jaan Kask', 'jaan.kask@aurora-models.ee']),
  lumen: org('org-demo-lumen-vision', 'Lumen Vision Oy', 'FI', 'FI3214567-8', 27, ['Aino Virtanen', 'aino.virtanen@lumenvision.fi', '+358 40 123 4567'], ['Mikko Laine', 'mikko.laine@lumenvision.fi']),
  tessellate: org('org-demo-tessellate', 'Tessellate Robotics GmbH', 'DE', 'HRB 284117', 118, ['Lena Hoffmann', 'lena.hoffmann@tessellate-robotics.de', '+49 30 5558 1200'], ['Tobias Brandt', 'tobias.brandt@tessellate-robotics.de']),
  sardana: org('org-demo-sardana-speech', 'Sardana Speech SL', 'ES', 'B67234519', 15, ['Núria Puig', 'nuria.puig@sardanaspeech.es', '+34 612 345 678'], ['Jordi Vidal', 'jordi.vidal@sardanaspeech.es']),
  volta: org('org-demo-volta-bio', 'Volta Bioinformatics Srl', 'IT', 'IT09876543210', 63, ['Giulia Romano', 'giulia.romano@voltabio.it', '+39 051 555 0192'], ['Marco Bianchi', 'marco.bianchi@voltabio.it']),
  wisla: org('org-demo-wisla-analytics', 'Wisła Analytics sp. z o.o.', 'PL', 'KRS 0000781234', 34, ['Katarzyna Nowak', 'k.nowak@wisla-analytics.pl', '+48 601 234 567'], ['Piotr Zieliński', 'p.zielinski@wisla-analytics.pl']),
  brightwater: org('org-demo-brightwater-labs', 'Brightwater Labs Ltd', 'IE', 'IE 712345', 21, ['Siobhán Murphy', 'siobhan@brightwaterlabs.ie', '+353 86 123 4567'], ['Cian Walsh', 'cian@brightwaterlabs.ie']),
  polder: org('org-demo-polder-vision', 'Polder Vision B.V.', 'NL', 'KvK 81234567', 49, ['Sanne de Vries', 'sanne@poldervision.nl', '+31 6 1234 5678'], ['Daan Jansen', 'daan@poldervision.nl']),
} satisfies Record<string, DemoOrganisation>;

export type DemoOrganisationKey = keyof typeof DEMO_ORGANISATIONS;

/**
 * Organisations whose Playground allocations ran in the past (seeded on the demo clock, when the
 * caller can move it): Fado submitted its final report; Vltava did not, and is barred.
 */
export const DEMO_PAST_ORGANISATIONS = {
  fado: org('org-demo-fado-language', 'Fado Language Technologies Lda', 'PT', 'PT516234987', 12, ['Inês Carvalho', 'ines.carvalho@fadolang.pt', '+351 912 345 678'], ['Rui Ferreira', 'rui.ferreira@fadolang.pt']),
  vltava: org('org-demo-vltava-imaging', 'Vltava Imaging s.r.o.', 'CZ', 'CZ08765432', 19, ['Tereza Dvořáková', 'tereza.dvorakova@vltava-imaging.cz', '+420 602 123 456'], ['Jakub Novák', 'jakub.novak@vltava-imaging.cz']),
} satisfies Record<string, DemoOrganisation>;

export type DemoPastOrganisationKey = keyof typeof DEMO_PAST_ORGANISATIONS;

/** The marker of a seeded data directory: the first demo organisation. */
export const DEMO_MARKER_ORGANISATION = DEMO_ORGANISATIONS.aurora.organisationId;

export function organisationRequest(o: DemoOrganisation) {
  return {
    organisationId: o.organisationId,
    legalName: o.legalName,
    country: o.country,
    registrationNumber: o.registrationNumber,
    sme: o.sme,
    contacts: [
      { name: o.representative.name, email: o.representative.email, phone: o.representative.phone, role: 'representative' },
      { name: o.technical.name, email: o.technical.email, role: 'technical' },
    ],
  };
}

const answer = (explanation: string, assessment: 'no-issue' | 'issue-mitigated' = 'no-issue') => ({ assessment, explanation });

export interface ProposalInput {
  title: string;
  mode: 'playground' | 'fast-lane' | 'large-scale';
  system: string;
  partition: string;
  gpuHours: number;
  durationMonths: number;
  startDate: string;
  projectSummary: string;
  modelKind: 'language' | 'vision' | 'multimodal' | 'other';
  trainingComputeFlop: number;
  data: string;
  personalData?: boolean;
  prohibitedPractice?: boolean;
  issueCategories?: string[];
}

export function proposalRequest(p: ProposalInput) {
  const monthly = Math.ceil(p.gpuHours / p.durationMonths);
  return {
    title: p.title,
    mode: p.mode,
    system: p.system,
    partition: p.partition,
    gpuHours: p.gpuHours,
    durationMonths: p.durationMonths,
    startDate: p.startDate,
    projectSummary: p.projectSummary,
    modelKind: p.modelKind,
    trainingComputeFlop: p.trainingComputeFlop,
    dataSources: { description: p.data, personalData: p.personalData ?? false, copyrightedMaterial: true, tdmOptOutsHonoured: true },
    civilianUse: true,
    openSourceIntention: 'yes',
    monthlyUsagePlan: Array.from({ length: p.durationMonths }, (_, i) => (i === p.durationMonths - 1 ? p.gpuHours - monthly * (p.durationMonths - 1) : monthly)),
    ethicsSelfAssessment: {
      issueCategories: p.issueCategories ?? (p.personalData ? ['data-protection'] : []),
      prohibitedPractice: p.prohibitedPractice ?? false,
      principles: {
        humanAgency: answer('Outputs support human decisions; people stay in control of every use.'),
        privacyAndDataGovernance: answer(p.personalData ? 'Personal data is pseudonymised before training under a DPIA.' : 'No personal data is used for training.', p.personalData ? 'issue-mitigated' : 'no-issue'),
        fairness: answer('Evaluation reports results per language, dialect and demographic group where relevant.'),
        wellbeing: answer('Energy of every training run is measured and reported.'),
        transparency: answer('Model card and training-data summary are published with the weights.'),
        accountabilityAndOversight: answer('An internal review board signs off each release.'),
      },
    },
  };
}
