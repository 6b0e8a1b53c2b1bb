import {
  Alert,
  createTheme,
  DEFAULT_THEME,
  Drawer,
  DrawerHeader,
  Modal,
  ModalHeader,
  Notification,
  Pagination,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { contrast, darken, over, readable } from '@/config/contrast';

/** WCAG AA for normal text (4.5:1), with a little margin for hover shades and the browser's rounding. */
const AA = 4.6;
const WHITE = '#ffffff';
/** The lightest ground text stands on: striped and hovered table rows (gray.0, gray.1). */
const ROW = DEFAULT_THEME.colors.gray[1];

/**
 * Mantine's light scheme draws text, outlines and light variants in shade 6 of each colour, and dimmed
 * text in gray.6: below 4.5:1 for most colours (indigo.6 on white is 4.3, yellow.6 1.9). Each colour's
 * variables get instead the lightest of shades 6 to 9 that reaches AA where it is used (darker still
 * where even shade 9 does not), so every `color=` and `c=` in the app is readable without a shade
 * of its own. The backgrounds of the light variants stay as they are.
 */
function readableColorVariables(name: string, shades: MantineColorsTuple): Record<string, string> {
  const darker = shades.slice(6);
  const text = readable(darker, (c) => contrast(c, ROW) >= AA);
  const lightText = readable(darker, (c) => contrast(c, over(shades[6], 0.12, ROW)) >= AA);
  const filled = readable(darker, (c) => contrast(WHITE, c) >= AA);
  return {
    [`--mantine-color-${name}-text`]: text,
    [`--mantine-color-${name}-outline`]: text,
    [`--mantine-color-${name}-light-color`]: lightText,
    [`--mantine-color-${name}-filled`]: filled,
    [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.1),
  };
}

/** The light scheme's colour variables made readable (the dashboard has no dark scheme). */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    ...Object.assign({}, ...Object.entries(theme.colors).map(([name, shades]) => readableColorVariables(name, shades))),
    '--mantine-color-dimmed': readable([theme.colors.gray[6]], (c) => contrast(c, ROW) >= AA),
    '--mantine-color-anchor': `var(--mantine-color-${theme.primaryColor}-text)`,
    '--mantine-color-error': 'var(--mantine-color-red-text)',
  },
  dark: {},
});

// Mantine's close buttons and pagination arrows are icons without a name, and a dialog's header is a
// <header>: a second banner landmark beside the app's. Every one of them gets these by default.
const closeButtonProps = { 'aria-label': 'Close' };
const pageControlLabels = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' };

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
    ModalHeader: ModalHeader.extend({ defaultProps: { role: 'none' } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
    DrawerHeader: DrawerHeader.extend({ defaultProps: { role: 'none' } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: 'Close' } }),
    Pagination: Pagination.extend({
      defaultProps: { getControlProps: (control) => ({ 'aria-label': pageControlLabels[control] }) },
    }),
  },
});
