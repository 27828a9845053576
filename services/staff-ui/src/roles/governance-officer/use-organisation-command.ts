import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Schemas } from '../../api/client';
import { applyError, type ProblemMapping } from '../../forms/problem-to-form';

type Organisation = Schemas['OrganisationPledgeView'];

/**
 * A command on an organisation's pledge record: the answer is the record as it now stands, put
 * in the page's cache at once (its new revision is the next If-Match); the lists are read again.
 * A refusal goes to the form's fields it names, the rest to `unmatched` for the modal to show.
 */
export function useOrganisationCommand<V>({ organisationId, send, form, mapping, done, onDone }: {
  organisationId: string;
  send: (values: V) => Promise<Organisation>;
  form: { setErrors(errors: Record<string, string>): void };
  mapping: ProblemMapping;
  done: string;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: send,
    onMutate: () => setUnmatched([]),
    onSuccess: (answer) => {
      queryClient.setQueryData(['governance', 'organisation', organisationId], answer);
      void queryClient.invalidateQueries({ queryKey: ['governance'], predicate: (q) => q.queryKey[1] !== 'organisation' });
      notifications.show({ color: 'green', message: done });
      onDone();
    },
    onError: (error) => setUnmatched(applyError(form, error, mapping)),
  });
  return { mutation, unmatched, clear: () => setUnmatched([]) };
}
