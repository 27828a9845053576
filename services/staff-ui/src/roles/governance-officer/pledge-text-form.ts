import type { Schemas } from '../../api/client';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The API's bound on each text of the pledge (PledgeTextDto). */
export const PLEDGE_TEXT_MAX = 5000;
const OPTIONAL_ID = /^[a-z][a-z0-9-]{1,63}$/;

export interface PledgeTextValues {
  coreCommitments: { governanceStrategy: string; highRiskSystemsMap: string; aiLiteracy: string };
  optionalCommitments: Array<{ id: string; text: string }>;
  civilianUse: string;
  modelTrainingDuties: { modelDocumentationForm: string; trainingDataSummary: string; copyrightPolicy: string };
  summaryOfChanges: string;
}

export const CORE_FIELDS = ['governanceStrategy', 'highRiskSystemsMap', 'aiLiteracy'] as const;
export const DUTY_FIELDS = ['modelDocumentationForm', 'trainingDataSummary', 'copyrightPolicy'] as const;

/** A new version starts from the current text: the officer edits what changes (the summary of changes is new each time). */
export function pledgeTextValues(current: Schemas['PledgeTextView'] | null): PledgeTextValues {
  return {
    coreCommitments: { governanceStrategy: '', highRiskSystemsMap: '', aiLiteracy: '', ...current?.coreCommitments },
    optionalCommitments: (current?.optionalCommitments ?? []).map((c) => ({ id: c.id, text: c.text })),
    civilianUse: current?.civilianUse ?? '',
    modelTrainingDuties: { modelDocumentationForm: '', trainingDataSummary: '', copyrightPolicy: '', ...current?.modelTrainingDuties },
    summaryOfChanges: '',
  };
}

/** The form's paths, so a problem+json field (`optionalCommitments.1.id`) lands on its input. */
export function pledgeTextFields(values: PledgeTextValues): string[] {
  return [
    ...CORE_FIELDS.map((f) => `coreCommitments.${f}`),
    ...DUTY_FIELDS.map((f) => `modelTrainingDuties.${f}`),
    'civilianUse',
    'summaryOfChanges',
    'optionalCommitments',
    ...values.optionalCommitments.flatMap((_, i) => [`optionalCommitments.${i}.id`, `optionalCommitments.${i}.text`]),
  ];
}

export function toPledgeText(values: PledgeTextValues): Schemas['PledgeTextDto'] {
  const summary = values.summaryOfChanges.trim();
  return {
    coreCommitments: { governanceStrategy: values.coreCommitments.governanceStrategy.trim(), highRiskSystemsMap: values.coreCommitments.highRiskSystemsMap.trim(), aiLiteracy: values.coreCommitments.aiLiteracy.trim() },
    optionalCommitments: values.optionalCommitments.map((c) => ({ id: c.id.trim(), text: c.text.trim() })),
    civilianUse: values.civilianUse.trim(),
    modelTrainingDuties: {
      modelDocumentationForm: values.modelTrainingDuties.modelDocumentationForm.trim(),
      trainingDataSummary: values.modelTrainingDuties.trainingDataSummary.trim(),
      copyrightPolicy: values.modelTrainingDuties.copyrightPolicy.trim(),
    },
    ...(summary ? { summaryOfChanges: summary } : {}),
  };
}

/** The service's rules, checked as the officer types: every text present and bounded, optional ids well formed and not repeated. */
export function validatePledgeText(values: PledgeTextValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  const text = (path: string, value: string, required = true) => {
    const v = value.trim();
    if ((required && v.length === 0) || v.length > PLEDGE_TEXT_MAX) errors[path] = t('publish.textRequired', { max: PLEDGE_TEXT_MAX });
  };
  for (const f of CORE_FIELDS) text(`coreCommitments.${f}`, values.coreCommitments[f]);
  for (const f of DUTY_FIELDS) text(`modelTrainingDuties.${f}`, values.modelTrainingDuties[f]);
  text('civilianUse', values.civilianUse);
  text('summaryOfChanges', values.summaryOfChanges, false);
  if (values.optionalCommitments.length > 20) errors.optionalCommitments = t('publish.tooManyOptional');
  const seen = new Set<string>();
  values.optionalCommitments.forEach((c, i) => {
    const id = c.id.trim();
    if (!OPTIONAL_ID.test(id)) errors[`optionalCommitments.${i}.id`] = t('publish.idFormat');
    else if (seen.has(id)) errors[`optionalCommitments.${i}.id`] = t('publish.idRepeated');
    seen.add(id);
    text(`optionalCommitments.${i}.text`, c.text);
  });
  return errors;
}
