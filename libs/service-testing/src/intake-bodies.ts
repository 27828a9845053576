/** Request bodies a believable applicant would send. */
export function organisationBody(overrides: Record<string, unknown> = {}) {
  return {
    legalName: 'Aurora Models OÜ',
    country: 'EE',
    registrationNumber: 'EE102345678',
    sme: { staff: 42, turnoverEurM: 3.5, balanceSheetEurM: 2.1 },
    contacts: [
      { name: 'Kadri Tamm', email: 'kadri.tamm@aurora-models.ee', phone: '+372 5123 4567', role: 'representative' },
      { name: 'Jaan Kask', email: 'jaan.kask@aurora-models.ee', role: 'technical' },
    ],
    ...overrides,
  };
}

const answer = (explanation: string) => ({ assessment: 'no-issue', explanation });

export function proposalBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Estonian-Finnic open language model',
    mode: 'fast-lane',
    system: 'leonardo',
    partition: 'booster',
    gpuHours: 20000,
    durationMonths: 2,
    startDate: '2027-01-04',
    projectSummary: 'Continued pre-training of a 7B open-weight model on Finnic languages, with evaluation on public benchmarks.',
    modelKind: 'language',
    trainingComputeFlop: 4.2e21,
    dataSources: { description: 'Public web crawl filtered for Finnic languages; national library texts under licence', personalData: false, copyrightedMaterial: true, tdmOptOutsHonoured: true },
    civilianUse: true,
    openSourceIntention: 'yes',
    monthlyUsagePlan: [10000, 10000],
    ethicsSelfAssessment: {
      issueCategories: ['data-protection'],
      prohibitedPractice: false,
      principles: {
        humanAgency: answer('The model assists writers; humans decide.'),
        privacyAndDataGovernance: answer('Crawl is filtered for personal data; opt-outs honoured.'),
        fairness: answer('Evaluated across dialects.'),
        wellbeing: answer('Energy use reported per training run.'),
        transparency: answer('Model card and data summary published.'),
        accountabilityAndOversight: answer('An internal review board signs off releases.'),
      },
    },
    ...overrides,
  };
}
