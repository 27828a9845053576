// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ListFilterChange } from './list-search';
import { ListFilters } from './ListFilters';

const labels = { status: 'Status', anyStatus: 'Any status', mode: 'Mode', anyMode: 'Any mode', organisation: 'Organisation', clear: 'Clear filters' };

function renderBar(search: { status?: string; organisationId?: string }) {
  const changes: ListFilterChange[] = [];
  const onClear = vi.fn();
  render(
    <MantineProvider>
      <ListFilters
        search={search}
        statuses={[{ value: 'active', label: 'Active' }]}
        modes={[{ value: 'playground', label: 'Playground' }]}
        labels={labels}
        onFilter={(change) => changes.push(change)}
        onClear={onClear}
      />
    </MantineProvider>,
  );
  return { changes, onClear, organisation: () => screen.getByRole('textbox', { name: 'Organisation' }) as HTMLInputElement };
}

describe('a list filter bar', () => {
  it('hands on the typed organisation once typing pauses, trimmed, as one change', async () => {
    const { changes, organisation } = renderBar({});
    fireEvent.change(organisation(), { target: { value: ' org-a' } });
    fireEvent.change(organisation(), { target: { value: ' org-ab ' } });
    await waitFor(() => expect(changes).toEqual([{ organisationId: 'org-ab' }]));
  });

  it('clears the typed organisation with the filters', () => {
    const { onClear, organisation } = renderBar({ organisationId: 'org-ab' });
    expect(organisation().value).toBe('org-ab');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(organisation().value).toBe('');
  });
});
