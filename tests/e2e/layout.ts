import type { Locator } from '@playwright/test';

/**
 * Layout checks a seller would notice, run inside the page on one scope element (the module's
 * outlet, the parcel's dialog, the whole body). They walk into open shadow roots, where the module
 * renders, and each returns its offenders, described so that a failing assertion's diff says what
 * broke and where without opening a trace.
 *
 * Every function handed to `evaluate` is serialised into the page on its own, so each carries the
 * helpers it needs inside its body.
 */

/** A box on screen, rounded to whole pixels, as `x,y width×height`. */
export type Box = string;

export interface OverflowOffender {
  /** What sticks out: the page, the module, or one element (`tag#id.class "text"`). */
  element: string;
  problem: string;
  box: Box;
}

export interface OverlapOffender {
  first: string;
  second: string;
  /** The shared area, `x,y width×height`. */
  overlap: Box;
}

export interface SqueezedOffender {
  element: string;
  text: string;
  problem: string;
}

export interface ViewportPlacement {
  /** The element's top, from the top of the document, in px. */
  top: number;
  height: number;
  viewportHeight: number;
}

/**
 * (a) Nothing scrolls sideways: the page is no wider than its viewport, no element of the scope
 * reaches past the scope's own box (unless an ancestor inside the scope clips it), and nothing in
 * the scope scrolls sideways inside itself.
 */
export function horizontalOverflow(scope: Locator): Promise<OverflowOffender[]> {
  return scope.evaluate((root) => {
    const round = (n: number) => Math.round(n);
    const boxOf = (rect: DOMRect) =>
      `${round(rect.x)},${round(rect.y)} ${round(rect.width)}×${round(rect.height)}`;
    const describe = (element: Element) => {
      const id = element.id === '' ? '' : `#${element.id}`;
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      const text = element.textContent.replace(/\s+/g, ' ').trim();
      return `${element.tagName.toLowerCase()}${id}${classes}${text === '' ? '' : ` "${text.slice(0, 40)}${text.length > 40 ? '…' : ''}"`}`;
    };
    const composedElements = (start: Element): Element[] => {
      const found: Element[] = [];
      const visit = (node: Element | ShadowRoot) => {
        for (const child of node.children) {
          found.push(child);
          if (child.shadowRoot !== null) visit(child.shadowRoot);
          visit(child);
        }
      };
      if (start.shadowRoot !== null) visit(start.shadowRoot);
      visit(start);
      return found;
    };
    const parentOf = (element: Element): Element | null => {
      if (element.parentElement !== null) return element.parentElement;
      const rootNode = element.getRootNode();
      return rootNode instanceof ShadowRoot ? rootNode.host : null;
    };
    const shown = (element: Element, rect: DOMRect) =>
      rect.width > 1 &&
      rect.height > 1 &&
      element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true });
    const clips = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
    const isInside = (outer: Element, inner: Element) => {
      for (let up: Element | null = inner; up !== null; up = parentOf(up)) if (up === outer) return true;
      return false;
    };

    const pinned = (element: Element) => {
      for (let up: Element | null = element; up !== null; up = parentOf(up)) {
        if (up.matches(':modal') || getComputedStyle(up).position === 'fixed') return true;
      }
      return false;
    };

    const offenders: { element: string; problem: string; box: string }[] = [];
    const pastBox: Element[] = [];
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1) {
      // Name what widens it: the outermost elements anywhere on the page reaching past the viewport.
      const wideners: Element[] = [];
      for (const element of composedElements(document.body)) {
        const rect = element.getBoundingClientRect();
        // In the document's coordinates, as the page may be scrolled sideways already; a dialog or
        // a fixed element stays where the viewport is, so it widens nothing.
        if (pinned(element) || rect.right + window.scrollX <= page.clientWidth + 1 || !shown(element, rect))
          continue;
        if (wideners.some((outer) => isInside(outer, element))) continue;
        let clipped = false;
        for (let up = parentOf(element); up !== null && up !== document.body; up = parentOf(up)) {
          if (clips(up)) clipped = true;
        }
        if (!clipped) wideners.push(element);
      }
      offenders.push({
        element: 'the page',
        problem: `scrolls sideways: ${page.scrollWidth} px of content in a ${page.clientWidth} px viewport, widened by ${
          wideners
            .slice(0, 3)
            .map(
              (element) =>
                `${describe(element)} (to ${round(element.getBoundingClientRect().right + window.scrollX)} px)`,
            )
            .join(', ') || 'nothing visible'
        }${window.scrollX > 0 ? `, and it is scrolled ${round(window.scrollX)} px sideways` : ''}`,
        box: `0,0 ${page.scrollWidth}×${page.scrollHeight}`,
      });
    }
    const limit = root.getBoundingClientRect();
    for (const element of composedElements(root)) {
      const rect = element.getBoundingClientRect();
      if (!shown(element, rect)) continue;
      const style = getComputedStyle(element);
      const editable = ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
      if (
        !editable &&
        (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
        element.scrollWidth > element.clientWidth + 1
      ) {
        offenders.push({
          element: describe(element),
          problem: `scrolls sideways inside itself: ${element.scrollWidth} px of content in ${element.clientWidth} px`,
          box: boxOf(rect),
        });
      }
      const past = Math.max(rect.right - limit.right, limit.left - rect.left);
      if (past <= 1) continue;
      // Cut off by a container of its own (and reported there if that container scrolls).
      let clipped = false;
      for (let up = parentOf(element); up !== null && up !== root; up = parentOf(up)) {
        if (clips(up)) {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      // A parent that sticks out makes its children stick out too: name the outermost only.
      if (pastBox.some((outer) => isInside(outer, element))) continue;
      pastBox.push(element);
      offenders.push({
        element: describe(element),
        problem: `reaches ${round(past)} px past the ${round(limit.left)}–${round(limit.right)} px box`,
        box: boxOf(rect),
      });
    }
    return offenders;
  });
}

/**
 * The blocks whose boxes must not overlap: landmarks, the module's sections and cards, forms and
 * their field groups. Blocks nested in one another are not compared.
 */
export const blockSelector = [
  'header',
  'nav',
  'main',
  'aside',
  'footer',
  'section',
  'form',
  'fieldset',
  'dialog',
  '[role="banner"]',
  '[role="navigation"]',
  '[role="main"]',
  '[role="complementary"]',
  '[role="region"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="group"]',
  '[role="radiogroup"]',
  '[role="listbox"]',
  '[role="alert"]',
  '.ss-card',
  '.ss-field',
].join(', ');

/** (b) No two blocks of the scope share more than a hairline: nothing covers anything else. */
export function overlappingBlocks(
  scope: Locator,
  selector: string = blockSelector,
): Promise<OverlapOffender[]> {
  return scope.evaluate((root, blocks) => {
    const round = (n: number) => Math.round(n);
    const describe = (element: Element) => {
      const id = element.id === '' ? '' : `#${element.id}`;
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      const role = element.getAttribute('role');
      const label = element.getAttribute('aria-label');
      const heading = element.querySelector('h1, h2, h3, legend, label');
      const name = label ?? heading?.textContent.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
      return `${element.tagName.toLowerCase()}${id}${classes}${role === null ? '' : `[role=${role}]`}${name === '' ? '' : ` "${name}"`}`;
    };
    const composedElements = (start: Element): Element[] => {
      const found: Element[] = [];
      const visit = (node: Element | ShadowRoot) => {
        for (const child of node.children) {
          found.push(child);
          if (child.shadowRoot !== null) visit(child.shadowRoot);
          visit(child);
        }
      };
      if (start.shadowRoot !== null) visit(start.shadowRoot);
      visit(start);
      return found;
    };
    const parentOf = (element: Element): Element | null => {
      if (element.parentElement !== null) return element.parentElement;
      const rootNode = element.getRootNode();
      return rootNode instanceof ShadowRoot ? rootNode.host : null;
    };
    const contains = (outer: Element, inner: Element) => {
      for (let up: Element | null = inner; up !== null; up = parentOf(up)) if (up === outer) return true;
      return false;
    };

    const found = composedElements(root)
      .filter((element) => element.matches(blocks))
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(
        ({ element, rect }) =>
          rect.width > 1 &&
          rect.height > 1 &&
          element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }),
      );
    const pairs: { a: Element; b: Element; overlap: string }[] = [];
    for (const [i, a] of found.entries()) {
      for (const b of found.slice(i + 1)) {
        if (contains(a.element, b.element) || contains(b.element, a.element)) continue;
        const left = Math.max(a.rect.left, b.rect.left);
        const right = Math.min(a.rect.right, b.rect.right);
        const top = Math.max(a.rect.top, b.rect.top);
        const bottom = Math.min(a.rect.bottom, b.rect.bottom);
        if (right - left <= 2 || bottom - top <= 2) continue;
        pairs.push({
          a: a.element,
          b: b.element,
          overlap: `${round(left)},${round(top)} ${round(right - left)}×${round(bottom - top)}`,
        });
      }
    }
    // Two blocks that overlap make the blocks inside them overlap too: name the outermost pair only.
    const within = (outer: { a: Element; b: Element }, inner: { a: Element; b: Element }) =>
      (contains(outer.a, inner.a) && contains(outer.b, inner.b)) ||
      (contains(outer.a, inner.b) && contains(outer.b, inner.a));
    return pairs
      .filter((pair) => !pairs.some((other) => other !== pair && within(other, pair)))
      .map(({ a, b, overlap }) => ({ first: describe(a), second: describe(b), overlap }));
  }, selector);
}

/** Below this width, in ems of its own font size, a block that wraps its text is squeezed. */
export const squeezedWidthEm = 3.5;

/**
 * (c) No text squeezed to a letter or two per line, and no id, amount or date cut off: every text
 * of more than three characters whose block is narrower than `squeezedWidthEm` of its font and
 * wraps onto several lines, and every text made mostly of digits that its box cuts (with an
 * ellipsis or without).
 */
export function squeezedText(
  scope: Locator,
  narrowerThanEm: number = squeezedWidthEm,
): Promise<SqueezedOffender[]> {
  return scope.evaluate((root, minEm) => {
    const round = (n: number) => Math.round(n);
    const describe = (element: Element) => {
      const id = element.id === '' ? '' : `#${element.id}`;
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    const parentOf = (element: Element): Element | null => {
      if (element.parentElement !== null) return element.parentElement;
      const rootNode = element.getRootNode();
      return rootNode instanceof ShadowRoot ? rootNode.host : null;
    };
    const textNodes = (start: Element): Text[] => {
      const found: Text[] = [];
      const visit = (node: Element | ShadowRoot) => {
        for (const child of node.childNodes) {
          if (child instanceof Text) found.push(child);
          else if (child instanceof Element) {
            if (child.shadowRoot !== null) visit(child.shadowRoot);
            visit(child);
          }
        }
      };
      if (start.shadowRoot !== null) visit(start.shadowRoot);
      visit(start);
      return found;
    };
    /** The box the text flows in: its nearest ancestor that is not inline. */
    const blockOf = (element: Element): Element => {
      for (let up: Element | null = element; up !== null; up = parentOf(up)) {
        if (!getComputedStyle(up).display.startsWith('inline')) return up;
      }
      return element;
    };

    const offenders: { element: string; text: string; problem: string }[] = [];
    const seen = new Set<Element>();
    for (const node of textNodes(root)) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (text.length <= 3 || parent === null || seen.has(parent)) continue;
      if (parent.closest('script, style, svg, template, option, select') !== null) continue;
      const parentRect = parent.getBoundingClientRect();
      // Visually hidden text (a 1 px clipped box for screen readers) is not on screen to squeeze.
      if (parentRect.width <= 1 || parentRect.height <= 1) continue;
      if (!parent.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
      const block = blockOf(parent);
      const style = getComputedStyle(block);
      const fontSize = Number.parseFloat(getComputedStyle(parent).fontSize);
      const contentWidth =
        block.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(node);
      const lineTops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => round(r.top / 2)),
      );
      const lines = lineTops.size;
      if (lines >= 2 && contentWidth < minEm * fontSize) {
        seen.add(parent);
        offenders.push({
          element: describe(block),
          text: text.slice(0, 60),
          problem: `squeezed under ${minEm} em: ${lines} lines in ${round(contentWidth)} px at ${round(fontSize)} px`,
        });
        continue;
      }
      // Only ids, amounts and dates must never be cut: a snippet may end in an ellipsis by design.
      const digits = text.replace(/\D/g, '').length;
      const figureLike = digits >= 0.4 * text.replace(/\s/g, '').length;
      const clipsX = style.overflowX !== 'visible';
      if (figureLike && clipsX && block.scrollWidth > block.clientWidth + 1) {
        seen.add(parent);
        offenders.push({
          element: describe(block),
          text: text.slice(0, 60),
          problem: `cut off${style.textOverflow === 'ellipsis' ? ' with an ellipsis' : ''}: ${block.scrollWidth} px of text shown in ${block.clientWidth} px`,
        });
      }
    }
    return offenders;
  }, narrowerThanEm);
}

/** (d) Where an element sits against the first screen: its top from the top of the document. */
export function placement(target: Locator): Promise<ViewportPlacement> {
  return target.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return {
      top: Math.round(rect.top + window.scrollY),
      height: Math.round(rect.height),
      viewportHeight: window.innerHeight,
    };
  });
}

/** A touch target's height: at least this much of a control must show to count as on screen. */
export const firstRowPx = 44;

/**
 * (d) Whether the seller sees the element without scrolling: its top, and its first row (a touch
 * target's height, or all of it when it is smaller), within the first viewport.
 */
export function inFirstViewport({ top, height, viewportHeight }: ViewportPlacement): boolean {
  return top >= 0 && top + Math.min(height, firstRowPx) <= viewportHeight;
}

/** (e) An element's height on screen, in px. */
export async function heightOf(target: Locator): Promise<number> {
  return (await placement(target)).height;
}

// --- readable reports --------------------------------------------------------------------------
// A failing check can name hundreds of elements (every row of a list cut the same way): the
// reports give one line per kind of offence, with a few examples, so the diff stays readable.

/** The kind of a problem: its words before the first colon ("cut off with an ellipsis"). */
const kindOf = (problem: string) => problem.split(':')[0] ?? problem;
const detailOf = (problem: string) => problem.slice(kindOf(problem).length + 1).trim();

/** Groups offenders by a key, keeping the first-seen order. */
function grouped<T>(offenders: readonly T[], key: (offender: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const offender of offenders) {
    const name = key(offender);
    groups.set(name, [...(groups.get(name) ?? []), offender]);
  }
  return [...groups.values()];
}

const examples = 3;

/** One line per element and kind of overflow: `aside.x "…": reaches 20 px past the 24–296 px box at 60,424 256×2137`. */
export function overflowReport(offenders: readonly OverflowOffender[]): string[] {
  return grouped(offenders, ({ element, problem }) => `${element}|${kindOf(problem)}`).map((group) => {
    const [first] = group;
    if (first === undefined) return '';
    const more = group.length > 1 ? ` (and ${group.length - 1} more)` : '';
    return `${first.element}: ${first.problem} at ${first.box}${more}`;
  });
}

/** One line per overlapping pair: `a overlaps b over x,y w×h`. */
export function overlapReport(offenders: readonly OverlapOffender[]): string[] {
  return offenders.map(({ first, second, overlap }) => `${first} overlaps ${second} over ${overlap}`);
}

/** One line per element kind and problem, with a few of its texts: `span.order-picker__id, cut off with an ellipsis, 40 texts: "59165-0239-1" (125 px of text shown in 33 px), …`. */
export function squeezedReport(offenders: readonly SqueezedOffender[]): string[] {
  return grouped(offenders, ({ element, problem }) => `${element}|${kindOf(problem)}`).map((group) => {
    const [first] = group;
    if (first === undefined) return '';
    const shown = group
      .slice(0, examples)
      .map(({ text, problem }) => `"${text}" (${detailOf(problem)})`)
      .join(', ');
    const count = group.length === 1 ? '1 text' : `${group.length} texts`;
    const rest = group.length > examples ? ', …' : '';
    return `${first.element}, ${kindOf(first.problem)}, ${count}: ${shown}${rest}`;
  });
}
