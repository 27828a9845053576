import { createTheme, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';

/**
 * Blue of the EU flag; primaryShade 8 keeps white text on filled buttons above 4.5:1. `closeLabel`
 * names the close button of every notification (axe: a button needs a name), in the reader's language.
 */
export function themeFor(closeLabel: string): MantineThemeOverride {
  return createTheme({
    primaryColor: 'blue',
    primaryShade: 8,
    defaultRadius: 'sm',
    components: {
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    },
  });
}

const DARKER: Record<string, string> = { orange: '#9a3412', yellow: '#854d0e', green: '#1e6b30', teal: '#06644a', lime: '#3f6b06' };

const COLOURS = ['blue', 'gray', 'indigo', 'orange', 'teal', 'red', 'green', 'yellow', 'grape', 'cyan', 'violet', 'pink', 'lime', 'dark'];

/**
 * Mantine's defaults put dimmed text, error messages and light variants (badges, the active nav
 * link, alerts) at shade 6, under WCAG's 4.5:1 on white or a light tint: axe fails them. Shade 9
 * text passes, so every screen passes without each one choosing colours.
 */
export const accessibleColours: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-blue-9)',
    ...Object.fromEntries(COLOURS.map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`])),
    ...Object.fromEntries(COLOURS.map((c) => [`--mantine-color-${c}-text`, `var(--mantine-color-${c}-9)`])),
    // Orange, yellow, green, teal and lime stay under 4.5:1 even at shade 9 on their own tint (a
    // light badge in a striped row, an alert's title): a darker tone of each (5.2:1 or more).
    ...Object.fromEntries(Object.entries(DARKER).flatMap(([c, hex]) => [[`--mantine-color-${c}-light-color`, hex], [`--mantine-color-${c}-text`, hex]])),
  },
  dark: {},
});
