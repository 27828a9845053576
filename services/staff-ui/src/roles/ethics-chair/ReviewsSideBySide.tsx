import { Badge, Card, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import type { EthicsCase } from './CasePage';
import { RATING_COLOURS } from './Dossier';
import { ratingCounts, reviewsByPrinciple } from './review-grid';
import { RatingComments } from '../../components/RatingComments';

/** The submitted reviews as a grid: principles down, reviewers across, each cell the rating, the comment for the applicant and the internal one. */
export function ReviewsSideBySide({ kase }: { kase: EthicsCase }) {
  const { t } = useTranslation('ethics-chair');
  // The configured principles give the rows their order; the dossier's self-assessment is the fallback.
  const configuration = useQuery({ queryKey: ['ethics-configuration'], queryFn: async () => unwrap(await api.GET('/api/ethics/configuration')), staleTime: 300_000 });
  const reviews = kase.reviews ?? [];
  const principles = configuration.data?.principles ?? kase.dossier?.principles.map((p) => p.principle) ?? [];
  const grid = reviewsByPrinciple(principles, reviews);
  const counts = ratingCounts(reviews);
  const submittedAt = new Map(reviews.map((r) => [r.reviewerId, r.submittedAt]));
  return (
    <Card withBorder component="section" aria-labelledby="reviews-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="reviews-heading">
            {t('reviews.title')}
          </Title>
          {reviews.length > 0 && <Text size="sm">{t('reviews.counts', { noIssue: counts['no-issue'], minor: counts['minor-issue'], major: counts['major-issue'] })}</Text>}
        </Group>
        {reviews.length === 0 ? (
          <Text c="dimmed">{t('reviews.none')}</Text>
        ) : (
          <ScrollArea type="auto">
            <Table withColumnBorders verticalSpacing="sm" miw={400 + 260 * grid.reviewers.length}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reviews.principle')}</Table.Th>
                  {grid.reviewers.map((reviewer) => (
                    <Table.Th scope="col" key={reviewer}>
                      {t('reviews.submitted', { reviewer, date: formatDate(submittedAt.get(reviewer)) })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {grid.rows.map((row) => (
                  <Table.Tr key={row.principle}>
                    <Table.Th scope="row">{t(`principle.${row.principle}`, { defaultValue: row.principle })}</Table.Th>
                    {row.cells.map((cell, index) => (
                      <Table.Td key={grid.reviewers[index]} valign="top">
                        {cell ? (
                          <Stack gap={4}>
                            <Badge color={RATING_COLOURS[cell.rating]} variant="light" c="dark.8">
                              {t(`rating.${cell.rating}`)}
                            </Badge>
                            <RatingComments comment={cell.comment} internalComment={cell.internalComment} labels={{ comment: t('reviews.forApplicant'), internal: t('reviews.internal') }} />
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('reviews.notRated')}
                          </Text>
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Card>
  );
}
