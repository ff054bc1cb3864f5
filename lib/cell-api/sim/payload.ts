/**
 * What an event carries, by type: payments and orders have an amount in won, inventory events a
 * stock change, clicks a page. Shared by `sim.source` and `datasets.events`, so both produce the same
 * realistic fields from the same seed.
 */
import type { Random } from '../random';

const PAGES = ['/', '/search', '/products', '/products/P003', '/products/P007', '/cart', '/checkout', '/events'];
const METHODS = ['card', 'card', 'card', 'bank_transfer', 'easy_pay', 'easy_pay'];
const WAREHOUSES = ['seoul-1', 'busan-1', 'daejeon-1'];
const REASONS = ['sale', 'sale', 'sale', 'restock', 'return', 'adjustment'];

/** Types that carry money. */
const MONEY = new Set(['payment', 'order', 'purchase', 'refund', 'sale']);

/** A price-like amount in won: skewed (many small, some large), rounded to 100. */
export function moneyAmount(random: Random): number {
  const x = Math.exp(random.normal(10, 0.8)); // median about 22,000 won
  return Math.max(1_000, Math.round(x / 100) * 100);
}

/** The default amount of an event of `type`: won for money, a stock change for inventory. */
export function defaultAmount(type: string, random: Random): number | null {
  if (MONEY.has(type)) return moneyAmount(random);
  if (type === 'inventory') {
    const reason = random.next();
    return reason < 0.7 ? -random.int(1, 5) : random.int(5, 50);
  }
  return null;
}

/** Extra fields of an event of `type`, or undefined when it has none. */
export function defaultData(type: string, amount: number | null, random: Random): Record<string, unknown> | undefined {
  switch (type) {
    case 'click':
      return { page: random.pick(PAGES) };
    case 'payment':
      return { method: random.pick(METHODS), status: random.chance(0.97) ? 'succeeded' : 'failed' };
    case 'inventory':
      return {
        product_id: `P${String(random.int(1, 30)).padStart(3, '0')}`,
        warehouse: random.pick(WAREHOUSES),
        reason: amount !== null && amount < 0 ? 'sale' : random.pick(REASONS.slice(1)),
      };
  }
  return undefined;
}
