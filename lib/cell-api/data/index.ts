/**
 * `datasets`: seeded sample data sets a cell can use at once or load into DuckDB:
 * `await datasets.orders({ seed: 7, n: 500 }).toTable('orders')`. Each set is a plain array of
 * rows that also knows its SQL column types (shown by `table(rows)`, used by `toTable`).
 */
import type { LoadColumnType } from '@/lib/kernel/protocol';
import type { LoadOptions } from '../load-rows';
import { random } from '../random';
import { withColumns } from '../table';
import { customers, events, orders, products, type CustomersSpec, type EventsSpec, type OrdersSpec } from './generate';

/** Rows plus their SQL column types and a way to load them into a table. */
export type DataSet<T extends object> = T[] & {
  readonly columns: { name: string; type: string }[];
  /** Creates or replaces the DuckDB table `name` with these rows; resolves to the row count. */
  toTable(name: string): Promise<number>;
};

type Loader = (table: string, rows: readonly unknown[], options?: LoadOptions) => Promise<number>;

const TYPES: Record<string, Record<string, LoadColumnType>> = {
  customers: { customer_id: 'VARCHAR', name: 'VARCHAR', city: 'VARCHAR', tier: 'VARCHAR', signup_date: 'DATE' },
  products: { product_id: 'VARCHAR', name: 'VARCHAR', category: 'VARCHAR', unit_price: 'BIGINT' },
  orders: {
    order_id: 'VARCHAR', ordered_at: 'TIMESTAMP', customer_id: 'VARCHAR', city: 'VARCHAR', product_id: 'VARCHAR', product_name: 'VARCHAR',
    category: 'VARCHAR', quantity: 'BIGINT', unit_price: 'BIGINT', amount: 'BIGINT', payment_method: 'VARCHAR', status: 'VARCHAR',
  },
  events: { event_id: 'BIGINT', source: 'VARCHAR', event_type: 'VARCHAR', key: 'VARCHAR', amount: 'DOUBLE', event_time: 'TIMESTAMP', arrival_time: 'TIMESTAMP', delay_ms: 'DOUBLE' },
};

function dataSet<T extends object>(rows: T[], kind: keyof typeof TYPES, load: Loader): DataSet<T> {
  const types = TYPES[kind];
  const names = rows.length > 0 ? [...new Set(rows.flatMap((r) => Object.keys(r)))] : Object.keys(types);
  const columns = names.map((name) => ({ name, type: types[name] ?? 'VARCHAR' }));
  const set = withColumns(rows, columns);
  Object.defineProperty(set, 'toTable', {
    value: (name: string) => load(name, set, { types: Object.fromEntries(columns.map((c) => [c.name, c.type as LoadColumnType])) }),
    enumerable: false,
    configurable: true,
  });
  return set as unknown as DataSet<T>;
}

/** Builds the `data` object; `now` reads the lesson clock (defaults are relative to it). */
export function createData(load: Loader, now: () => number) {
  const ev = (spec: EventsSpec, types?: string) => dataSet(events(types ? { ...spec, types } : spec, now()), 'events', load);
  return {
    /** A seeded random number generator (the lesson's mulberry32) with helpers. */
    random,
    customers: (spec: CustomersSpec = {}) => dataSet(customers(spec, now()), 'customers', load),
    products: () => dataSet(products(), 'products', load),
    orders: (spec: OrdersSpec = {}) => dataSet(orders(spec, now()), 'orders', load),
    events: (spec: EventsSpec = {}) => ev(spec),
    clicks: (spec: Omit<EventsSpec, 'types'> = {}) => ev(spec, 'click'),
    payments: (spec: Omit<EventsSpec, 'types'> = {}) => ev(spec, 'payment'),
    inventory: (spec: Omit<EventsSpec, 'types'> = {}) => ev(spec, 'inventory'),
  };
}

export type DataApi = ReturnType<typeof createData>;
