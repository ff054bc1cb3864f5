/**
 * Seeded sample data sets: customers, products, orders (with optional missing values and
 * duplicate rows for cleaning lessons) and event streams (clicks, payments, inventory changes).
 * Same seed, same rows, everywhere: only the seeded generator and zone-free time arithmetic.
 */
import { random } from '../random';
import { generateSource } from '../sim/source';
import { DAY, HOUR, formatTime, MINUTE, startOfDay, toMs, toTime, ToolkitError, type Duration, type TimeLike } from '../time';
import { CATALOG, CITIES, FAMILY_NAMES, GIVEN_NAMES, HOUR_WEIGHTS, ORDER_STATUSES, PAYMENT_METHODS, TIERS } from './catalog';

/** Options of `datasets.customers`. */
export interface CustomersSpec {
  seed?: number;
  /** How many customers (default 100). */
  n?: number;
}

/** Options of `datasets.orders`. */
export interface OrdersSpec extends CustomersSpec {
  /** How many orders (default 1,000). */
  n?: number;
  /** Orders happen over `days` days up to the lesson clock's now (default 7), or from `start`. */
  days?: number;
  start?: TimeLike;
  /** How many different customers order (default 100; the same ids as `datasets.customers`). */
  customers?: number;
  /** Share of rows with one value missing (NULL), for cleaning lessons (default 0). */
  missing?: number;
  /** Share of rows delivered twice (same order_id), for deduplication lessons (default 0). */
  duplicates?: number;
}

/** Options of `datasets.events`. */
export interface EventsSpec {
  seed?: number;
  /** How many events (default 1,000). */
  n?: number;
  /** Default: over the last hour before the lesson clock's now. */
  start?: TimeLike;
  duration?: Duration;
  /** Default `{ click: 7, payment: 2, inventory: 1 }`. */
  types?: string | readonly string[] | Readonly<Record<string, number>>;
  /** How many different users (default 100). */
  keys?: number;
}

const count = (n: number | undefined, fallback: number, what: string, max = 1_000_000) => {
  const v = n ?? fallback;
  if (!Number.isInteger(v) || v < 0 || v > max) throw new ToolkitError(`${what} must be a whole number from 0 to ${max.toLocaleString('en')}, got ${String(n)}`);
  return v;
};
const share = (x: number | undefined, what: string) => {
  const v = x ?? 0;
  if (!(v >= 0 && v <= 1)) throw new ToolkitError(`${what} must be a share between 0 and 1, got ${String(x)}`);
  return v;
};

/** Customers C0001… with a Korean name, a city, a tier and a signup date. */
export function customers(spec: CustomersSpec = {}, now: number) {
  const n = count(spec.n, 100, 'datasets.customers n', 100_000);
  const rng = random(spec.seed ?? 1).fork(11);
  const today = startOfDay(now);
  return Array.from({ length: n }, (_, i) => ({
    customer_id: `C${String(i + 1).padStart(4, '0')}`,
    name: rng.pick(FAMILY_NAMES) + rng.pick(GIVEN_NAMES),
    city: rng.weighted(CITIES),
    tier: rng.weighted(TIERS),
    signup_date: formatTime(today - rng.int(30, 3 * 365) * DAY, 'YYYY-MM-DD'),
  }));
}

/** The product catalog (fixed: P001–P030). */
export function products() {
  return CATALOG.map((p) => ({ ...p }));
}

/** Orders over the last `days` days (see `OrdersSpec`), sorted by time. */
export function orders(spec: OrdersSpec = {}, now: number) {
  const n = count(spec.n, 1000, 'datasets.orders n');
  const days = count(spec.days, 7, 'datasets.orders days', 3650) || 1;
  const missing = share(spec.missing, 'datasets.orders missing');
  const duplicates = share(spec.duplicates, 'datasets.orders duplicates');
  const people = customers({ seed: spec.seed, n: count(spec.customers, 100, 'datasets.orders customers', 100_000) || 1 }, now);
  const rng = random(spec.seed ?? 1).fork(12);
  const first = spec.start === undefined ? startOfDay(now) - (days - 1) * DAY : startOfDay(toTime(spec.start, 'datasets.orders start'));
  const until = spec.start === undefined ? now : first + days * DAY;
  const times: number[] = [];
  while (times.length < n) {
    const t = first + rng.int(0, days - 1) * DAY + Number(rng.weighted(HOUR_WEIGHTS)) * HOUR + rng.int(0, 59) * MINUTE + rng.int(0, 59) * 1000;
    if (t < until) times.push(t);
  }
  times.sort((a, b) => a - b);
  const rows = times.map((t, i) => {
    const c = rng.pick(people);
    const p = rng.pick(CATALOG);
    const quantity = rng.weighted({ 1: 70, 2: 20, 3: 7, 5: 3 });
    const row: Record<string, string | number | null> = {
      order_id: `O${String(i + 1).padStart(6, '0')}`,
      ordered_at: formatTime(t),
      customer_id: c.customer_id,
      city: c.city,
      product_id: p.product_id,
      product_name: p.name,
      category: p.category,
      quantity: Number(quantity),
      unit_price: p.unit_price,
      amount: Number(quantity) * p.unit_price,
      payment_method: rng.weighted(PAYMENT_METHODS),
      status: rng.weighted(ORDER_STATUSES),
    };
    if (missing > 0 && rng.chance(missing)) row[rng.pick(['customer_id', 'city', 'quantity', 'amount', 'payment_method'])] = null;
    return row;
  });
  if (duplicates === 0) return rows;
  // A duplicate follows its original, as a redelivered message would.
  return rows.flatMap((row) => (rng.chance(duplicates) ? [row, { ...row }] : [row]));
}

/** Events (clicks, payments, inventory changes...) as table rows, from a seeded source. */
export function events(spec: EventsSpec = {}, now: number) {
  const n = count(spec.n, 1000, 'datasets.events n');
  const duration = spec.duration === undefined ? HOUR : toMs(spec.duration, 'datasets.events duration');
  const start = spec.start === undefined ? now - duration : toTime(spec.start, 'datasets.events start');
  const source = generateSource({
    name: 'events', seed: spec.seed ?? 1, count: n, start, duration,
    types: spec.types ?? { click: 7, payment: 2, inventory: 1 }, keys: spec.keys,
    delay: { base: 50, jitter: 2000 },
  }, now);
  return source.rows();
}
