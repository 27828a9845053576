/** The text of one pledge version (DOMAIN.md step 9), in the sections organisations commit to. */
export interface PledgeText {
  /** The three AI Pact core commitments. */
  coreCommitments: { governanceStrategy: string; highRiskSystemsMap: string; aiLiteracy: string };
  /** Commitments an organisation may choose when signing; ids are what a signature names. */
  optionalCommitments: Array<{ id: string; text: string }>;
  civilianUse: string;
  /** AI Act Article 53 duties for those who train general-purpose models. */
  modelTrainingDuties: { modelDocumentationForm: string; trainingDataSummary: string; copyrightPolicy: string };
  summaryOfChanges?: string;
}
