/**
 * In the shadow root `rem` is the host page's root font size, which a back office may have reset;
 * the desk's rem is `--ss-rem`, the moderator's default font size measured at mount. Container
 * queries are in `em` already; media queries keep `rem`.
 */
export function withModeratorsRem(css: string): string {
  return css
    .split('\n')
    .map((line) =>
      line.trimStart().startsWith('@media')
        ? line
        : line.replace(
            /(?<![\w-])(-?\d*\.?\d+)rem\b/g,
            (_rem, value: string) => `calc(${value} * var(--ss-rem))`,
          ),
    )
    .join('\n');
}
