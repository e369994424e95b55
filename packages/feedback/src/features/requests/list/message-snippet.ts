/** How much of the last message a row shows: about two lines on a phone, one on a desktop. */
export const snippetLength = 140;

/** How far back from the cut a word boundary is looked for, so a word is not chopped mid-way. */
const wordSlack = 20;

/**
 * The start of a message as one line of plain text: whitespace and line breaks collapsed, and cut
 * at about `max` characters (counted in characters, so an emoji is never split), at a word
 * boundary where there is one near, with "…" when anything was left out.
 */
export function messageSnippet(body: string, max = snippetLength): string {
  const characters = Array.from(body.replace(/\s+/g, ' ').trim());
  if (characters.length <= max) return characters.join('');
  const head = characters.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= head.length - wordSlack && space > 0 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s.,;:!?…-]+$/u, '')}…`;
}
