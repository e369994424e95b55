// What the seller types, read as the contract and the form's rules take it.

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a calendar date written `YYYY-MM-DD`. */
export function isRealDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Today as `YYYY-MM-DD` in the seller's own time zone. */
export function localToday(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Accepts "1 234,50" and "1234.5"; returns the contract's decimal string or null. */
export function parseAmount(input: string): string | null {
  const compact = input.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(compact)) return null;
  const [whole = '0', fraction = ''] = compact.split('.');
  if (Number(compact) <= 0) return null;
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}
