/**
 * The design tokens a host may set through the `theme` prop, each mapped to the CSS custom
 * property of tokens.css it overrides. A closed list: a token the module does not read would be
 * a silent no-op for the host, so an unknown name is refused instead.
 */
export const themeTokenProperties = {
  accent: '--ss-color-accent',
  'on-accent': '--ss-color-on-accent',
  text: '--ss-color-text',
  'text-muted': '--ss-color-text-muted',
  bg: '--ss-color-bg',
  surface: '--ss-color-surface',
  border: '--ss-color-border',
  danger: '--ss-color-danger',
  'danger-surface': '--ss-color-danger-surface',
  focus: '--ss-color-focus',
  skeleton: '--ss-color-skeleton',
  radius: '--ss-radius',
  'radius-small': '--ss-radius-small',
  'font-family': '--ss-font-family',
} as const;

export type ThemeTokenName = keyof typeof themeTokenProperties;
export type ThemeTokenProperty = (typeof themeTokenProperties)[ThemeTokenName];

/** The token names, as a tuple for schemas and documentation. */
export const themeTokenNames = [
  'accent',
  'on-accent',
  'text',
  'text-muted',
  'bg',
  'surface',
  'border',
  'danger',
  'danger-surface',
  'focus',
  'skeleton',
  'radius',
  'radius-small',
  'font-family',
] as const satisfies readonly ThemeTokenName[];

/** Token values by name, as a host passes them. */
export type ThemeTokens = Partial<Record<ThemeTokenName, string>>;

/** Token values by CSS custom property, as the shadow host sets them on its element. */
export type ThemeTokenStyle = Partial<Record<ThemeTokenProperty, string>>;

/** Maps token names to the custom properties they set. */
export function themeTokenStyle(tokens: Readonly<ThemeTokens>): ThemeTokenStyle {
  const style: ThemeTokenStyle = {};
  for (const name of themeTokenNames) {
    const value = tokens[name];
    if (value !== undefined) style[themeTokenProperties[name]] = value;
  }
  return style;
}

/** Longer than any colour, length or font stack a host needs; a cap on what one value can carry. */
export const maxThemeTokenLength = 200;

// What could end the declaration or the rule a value sits in (`;`, braces, a line break, an
// escape, an unclosed comment or string), close the <style> element (`<`, `>`), or make the
// browser fetch something (`url(`, `image-set(`, …; `expression` is old IE's script in CSS).
const unsafeTokenValue =
  /[;{}<>\\\p{Cc}]|\/\*|\*\/|url\s*\(|src\s*\(|image(?:-set)?\s*\(|element\s*\(|expression|@import|!/iu;

/**
 * Whether a token value is safe to put into a CSS declaration: no character or function that
 * could break out of it or load anything, balanced quotes, at most {@link maxThemeTokenLength}.
 */
export function isSafeThemeTokenValue(value: string): boolean {
  if (value.trim() === '' || value.length > maxThemeTokenLength) return false;
  if (unsafeTokenValue.test(value)) return false;
  const count = (quote: string) => value.split(quote).length - 1;
  return count('"') % 2 === 0 && count("'") % 2 === 0;
}
