// Every chart is drawn inside a ChartFigure: the charts' styles come with it, not in the first load.
import '@mantine/charts/styles.css';
import { Box, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A chart with its title and a text alternative: the SVG is hidden from screen readers behind one
 * label, and the same figures follow in a table (charts alone say nothing to a screen reader).
 */
export function ChartFigure({ id, title, label, chart, table }: { id: string; title: string; label: string; chart: ReactNode; table: ReactNode }) {
  return (
    <Box component="figure" m={0} aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <div role="img" aria-label={label} data-testid={`${id}-chart`}>
        {chart}
      </div>
      <Box mt="md">{table}</Box>
    </Box>
  );
}
