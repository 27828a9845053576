import { Text } from '@mantine/core';

/** A rating's two comments, each under its audience's label; the internal one only when written. */
export function RatingComments({ comment, internalComment, labels }: { comment: string; internalComment?: string | null | undefined; labels: { comment: string; internal: string } }) {
  return (
    <>
      <Text size="sm">
        <Text span size="sm" c="dimmed">{labels.comment}: </Text>
        {comment}
      </Text>
      {internalComment && (
        <Text size="sm">
          <Text span size="sm" c="dimmed">{labels.internal}: </Text>
          {internalComment}
        </Text>
      )}
    </>
  );
}
