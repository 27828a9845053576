// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WaitingList } from './WaitingList';

const renderList = (total: number, items: string[]) =>
  render(
    <MantineProvider>
      <WaitingList total={total} items={items} keyOf={(item) => item} render={(item) => <span>{item}</span>} />
    </MantineProvider>,
  );

describe('WaitingList', () => {
  it('says how many wait, and shows the items in the order given (oldest first)', () => {
    renderList(12, ['oldest', 'newer']);
    expect(screen.getByRole('heading', { name: '12 waiting for you' })).toBeTruthy();
    expect(screen.getAllByText(/oldest|newer/).map((node) => node.textContent)).toEqual(['oldest', 'newer']);
    expect(screen.getByText('Oldest first')).toBeTruthy();
  });

  it('says so when nothing waits', () => {
    renderList(0, []);
    expect(screen.getByRole('heading', { name: 'Nothing is waiting for you.' })).toBeTruthy();
  });
});
