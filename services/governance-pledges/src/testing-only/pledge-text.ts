/** A complete pledge text body for POST /api/governance/pledge-versions. */
export const pledgeText = (summaryOfChanges = 'Adds content labelling duties') => ({
  coreCommitments: { governanceStrategy: 'Strategy v2', highRiskSystemsMap: 'Map v2', aiLiteracy: 'Literacy v2' },
  optionalCommitments: [{ id: 'human-oversight', text: 'Oversight' }, { id: 'generated-content-labelling', text: 'Labels' }],
  civilianUse: 'Civilian use only',
  modelTrainingDuties: { modelDocumentationForm: 'Form', trainingDataSummary: 'Summary', copyrightPolicy: 'Policy' },
  summaryOfChanges,
});
