import { SimpleGrid, Text } from '@mantine/core';

/** Labelled facts as a definition list in two columns (one on a phone): a proposal, a dossier, an award. */
export function FactList({ facts, columns = 2 }: { facts: ReadonlyArray<readonly [string, string]>; columns?: 2 | 4 }) {
  return (
    <SimpleGrid cols={{ base: columns === 4 ? 2 : 1, sm: columns }} spacing="xs" component="dl">
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fw={columns === 4 ? 700 : undefined}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
