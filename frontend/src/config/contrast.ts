/** WCAG 2 colour arithmetic on opaque `#rrggbb` colours, for the theme's readable colour pairs. */
type Rgb = [number, number, number];

const parse = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const format = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance(hex: string): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parse(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21; WCAG AA asks 4.5 of normal text. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What `color` at `opacity` looks like over `background`: a translucent fill made opaque. */
export function over(color: string, opacity: number, background: string): string {
  const [fg, bg] = [parse(color), parse(background)];
  return format(fg.map((c, i) => c * opacity + bg[i] * (1 - opacity)) as Rgb);
}

/** `color` darkened by `amount` (0 to 1), as Mantine's darken() does. */
export function darken(color: string, amount: number): string {
  return format(parse(color).map((c) => c * (1 - amount)) as Rgb);
}

/** The first of `candidates` that `passes`; failing all, the last one darkened in 5% steps until it does. */
export function readable(candidates: readonly string[], passes: (color: string) => boolean): string {
  const found = candidates.find(passes);
  if (found) return found;
  let color = candidates[candidates.length - 1];
  for (let i = 0; i < 40 && !passes(color); i++) color = darken(color, 0.05);
  return color;
}
