import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, over } from '@/config/contrast';
import { cssVariablesResolver, theme } from '@/config/theme';

const light = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme)).light;
const white = '#ffffff';
const row = DEFAULT_THEME.colors.gray[1];

describe('the theme', () => {
  it.each(Object.keys(DEFAULT_THEME.colors))('draws %s in pairs that pass WCAG AA', (name) => {
    const shades = DEFAULT_THEME.colors[name];
    expect(contrast(light[`--mantine-color-${name}-text`], white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light[`--mantine-color-${name}-text`], row)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light[`--mantine-color-${name}-outline`], white)).toBeGreaterThanOrEqual(4.5);
    // A light button or badge: its text on the colour's 10% tint, on a white or a hovered row.
    for (const ground of [white, row]) {
      expect(
        contrast(light[`--mantine-color-${name}-light-color`], over(shades[6], 0.12, ground)),
      ).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(white, light[`--mantine-color-${name}-filled`])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(white, light[`--mantine-color-${name}-filled-hover`])).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the palette where it is readable: indigo text and buttons a shade darker, not black', () => {
    expect(light['--mantine-color-indigo-filled']).toBe(DEFAULT_THEME.colors.indigo[7]);
    expect(light['--mantine-color-dark-text']).toBe(DEFAULT_THEME.colors.dark[6]);
  });

  it('dims text to a grey that still reads on white and on table rows', () => {
    const dimmed = light['--mantine-color-dimmed'];
    expect(contrast(dimmed, white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dimmed, row)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dimmed, white)).toBeLessThan(contrast(DEFAULT_THEME.colors.gray[7], white));
  });
});

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', white)).toBeCloseTo(21, 5);
    expect(contrast('#4c6ef5', '#4c6ef5')).toBe(1);
    expect(contrast('#4c6ef5', white)).toBeCloseTo(4.32, 2);
  });
});
