/** Text as searches compare it: case, `ё` and surrounding spaces do not matter (the mocks' rule). */
export function normalizeForSearch(text: string): string {
  return text.trim().toLowerCase().replaceAll('ё', 'е');
}
