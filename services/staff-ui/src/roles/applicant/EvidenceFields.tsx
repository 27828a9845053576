import { Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** The evidence's two inputs (what was done; links one a line), at `prefix.summary` and `prefix.links` of the form (or at its top). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form that holds evidence under `prefix`
export function EvidenceFields({ form, prefix, label }: { form: UseFormReturnType<any>; prefix: string; label: string }) {
  const { t } = useTranslation('applicant');
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return (
    <>
      <Textarea label={label} withAsterisk autosize minRows={3} key={form.key(at('summary'))} {...form.getInputProps(at('summary'))} />
      <Textarea label={t('attestations.links')} description={t('attestations.linksHint')} autosize minRows={2} key={form.key(at('links'))} {...form.getInputProps(at('links'))} />
    </>
  );
}
