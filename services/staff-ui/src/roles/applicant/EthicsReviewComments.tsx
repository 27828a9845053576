import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap, type Schemas } from '../../api/client';
import { RatingComments } from '../../components/RatingComments';

/** The statuses at which ethics review may have decided: before them there is no case, or no decision yet. */
const AFTER_ETHICS = new Set(['eligible', 'awarded', 'refused', 'withdrawn']);

export type ReviewForApplicant = Schemas['ReviewForApplicantView'];

/** Whether to ask ethics review at all: only after screening found the application eligible. */
export const mayHaveEthicsComments = (status: string): boolean => AFTER_ETHICS.has(status);

/**
 * The ethics reviewers' comments written for the applicant, shown beside the decision once the
 * chair has decided (ADR 37): one section per review, "Reviewer 1", "Reviewer 2", never a name.
 * No case (404: screened ineligible, or withdrawn before ethics) or no comments yet: nothing shows.
 */
export function EthicsReviewComments({ applicationId, status }: { applicationId: string; status: string }) {
  const query = useQuery({
    queryKey: ['ethics-case', applicationId],
    enabled: mayHaveEthicsComments(status),
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/ethics/cases/{id}', { params: { path: { id: applicationId } } }));
      } catch (error) {
        if (problemOf(error)?.status === 404) return null;
        throw error;
      }
    },
  });
  const reviews = query.data?.reviewsForApplicant ?? [];
  if (reviews.length === 0) return null;
  return <ReviewCommentsCard reviews={reviews} />;
}

/** The comments, review by review; principles by their names. */
export function ReviewCommentsCard({ reviews }: { reviews: ReviewForApplicant[] }) {
  const { t } = useTranslation('applicant');
  return (
    <Card withBorder component="section" aria-labelledby="ethics-comments-heading">
      <Title order={2} size="h4" id="ethics-comments-heading" mb="xs">
        {t('ethicsComments.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('ethicsComments.intro')}
      </Text>
      <Stack>
        {reviews.map((review) => (
          <section key={review.reviewer} aria-labelledby={`ethics-reviewer-${review.reviewer}`}>
            <Title order={3} size="h5" id={`ethics-reviewer-${review.reviewer}`} mb={4}>
              {t('ethicsComments.reviewer', { n: review.reviewer })}
            </Title>
            <Stack gap={4}>
              {review.comments.map((c) => (
                <RatingComments key={c.principle} comment={c.comment} labels={{ comment: t(`principles.${c.principle}`, { defaultValue: c.principle }), internal: '' }} />
              ))}
            </Stack>
          </section>
        ))}
      </Stack>
    </Card>
  );
}
