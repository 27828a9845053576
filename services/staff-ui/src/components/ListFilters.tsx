import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import type { ListFilterChange } from './list-search';

interface Option {
  value: string;
  label: string;
}

/** The words of the filter bar, in the list's own namespace. */
export interface ListFilterLabels {
  status: string;
  anyStatus: string;
  mode: string;
  anyMode: string;
  organisation: string;
  clear: string;
}

/** A list's filter bar: status, mode, organisation (typed; the URL follows once typing pauses) and clear. */
export function ListFilters({ search, statuses, modes, labels, onFilter, onClear }: {
  search: { status?: string; mode?: string; organisationId?: string };
  statuses: Option[];
  modes: Option[];
  labels: ListFilterLabels;
  onFilter: (change: ListFilterChange) => void;
  onClear: () => void;
}) {
  const [organisation, setOrganisation] = useState(search.organisationId ?? '');
  const applyOrganisation = useDebouncedCallback((value: string) => onFilter({ organisationId: value.trim() }), 400);
  return (
    <Group align="flex-end">
      <Select label={labels.status} placeholder={labels.anyStatus} clearable data={statuses} value={search.status ?? null} onChange={(value) => onFilter({ status: value })} />
      <Select label={labels.mode} placeholder={labels.anyMode} clearable data={modes} value={search.mode ?? null} onChange={(value) => onFilter({ mode: value })} />
      <TextInput
        label={labels.organisation}
        value={organisation}
        onChange={(event) => {
          setOrganisation(event.currentTarget.value);
          applyOrganisation(event.currentTarget.value);
        }}
      />
      <Button
        variant="default"
        onClick={() => {
          setOrganisation('');
          onClear();
        }}
      >
        {labels.clear}
      </Button>
    </Group>
  );
}
