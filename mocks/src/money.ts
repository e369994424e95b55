import type { Money } from '@seller-support/contract';

/** Formats kopecks as the contract's decimal string. */
export function formatKopecks(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(Math.round(kopecks));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "1 490,00 ₽", with a no-break space, the same in Node and every browser (no ICU involved). */
export function formatRubles(kopecks: number): string {
  const [whole = '0', fraction = '00'] = formatKopecks(kopecks).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${fraction}\u00a0₽`;
}

/** An amount in roubles as the contract carries it. */
export function rub(kopecks: number): Money {
  return { amount: formatKopecks(kopecks), currency: 'RUB' };
}

export function kopecksOf(money: Money): number {
  return Math.round(Number(money.amount) * 100);
}
