import { createTheme } from '@mantine/core';

// Blue of the EU flag; the contrast of its shades is what axe checks on every screen.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
});
