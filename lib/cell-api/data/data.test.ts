import { describe, expect, it } from 'vitest';
import { sqlColumns } from '../table';
import { createData } from './index';

const NOW = Date.UTC(2024, 0, 16, 9); // the lesson clock 2024-01-16 09:00
const loads: { table: string; rows: readonly unknown[]; types?: Record<string, string> }[] = [];
const data = createData(async (table, rows, options) => {
  loads.push({ table, rows, types: options?.types });
  return rows.length;
}, () => NOW);

describe('data generators', () => {
  it('give the same rows for the same seed, and different rows for another', () => {
    expect(data.orders({ seed: 3, n: 200 })).toEqual(data.orders({ seed: 3, n: 200 }));
    expect(data.orders({ seed: 4, n: 200 })).not.toEqual(data.orders({ seed: 3, n: 200 }));
    expect(data.customers({ seed: 3 })).toEqual(data.customers({ seed: 3 }));
    expect(data.events({ seed: 3, n: 50 })).toEqual(data.events({ seed: 3, n: 50 }));
  });

  it('orders: realistic, consistent with customers and products, over the days up to the lesson clock', () => {
    const orders = data.orders({ seed: 1, n: 1000, customers: 50 });
    expect(orders).toHaveLength(1000);
    expect(orders[0]).toEqual({
      order_id: 'O000001', ordered_at: expect.stringMatching(/^2024-01-10 \d\d:\d\d:\d\d$/), customer_id: expect.stringMatching(/^C00[0-5]\d$/),
      city: expect.any(String), product_id: expect.stringMatching(/^P0\d\d$/), product_name: expect.any(String), category: expect.any(String),
      quantity: expect.any(Number), unit_price: expect.any(Number), amount: expect.any(Number), payment_method: expect.any(String), status: expect.any(String),
    });
    expect(orders.at(-1)!.ordered_at! <= '2024-01-16 09:00:00').toBe(true);
    const customers = new Map(data.customers({ seed: 1, n: 50 }).map((c) => [c.customer_id, c.city]));
    const products = new Map(data.products().map((p) => [p.product_id, p]));
    for (const o of orders) {
      expect(customers.get(o.customer_id as string)).toBe(o.city);
      expect(products.get(o.product_id as string)?.unit_price).toBe(o.unit_price);
      expect(o.amount).toBe((o.quantity as number) * (o.unit_price as number));
    }
    expect(new Set(orders.map((o) => o.category)).size).toBe(6);
    expect(orders.filter((o) => o.ordered_at!.toString().startsWith('2024-01-15')).length).toBeGreaterThan(100); // "yesterday" has sales
    expect(orders.some((o) => Object.values(o).includes(null))).toBe(false);
  });

  it('orders for cleaning lessons: missing values and duplicate rows on request', () => {
    const dirty = data.orders({ seed: 2, n: 2000, missing: 0.1, duplicates: 0.05 });
    const withNull = dirty.filter((o) => Object.values(o).includes(null)).length;
    expect(withNull / dirty.length).toBeGreaterThan(0.07);
    expect(withNull / dirty.length).toBeLessThan(0.13);
    const ids = dirty.map((o) => o.order_id);
    expect(ids.length - new Set(ids).size).toBeGreaterThan(60);
    expect(() => data.orders({ missing: 2 })).toThrow(/share between 0 and 1/);
  });

  it('event streams: clicks with pages, payments with amounts, inventory changes with products', () => {
    const rows = data.events({ seed: 5, n: 600 });
    const byType = (t: string) => rows.filter((r) => r.event_type === t);
    expect(byType('click').every((r) => typeof r.page === 'string' && r.amount === null)).toBe(true);
    expect(byType('payment').every((r) => (r.amount as number) >= 1000 && typeof r.method === 'string')).toBe(true);
    expect(byType('inventory').every((r) => Number.isInteger(r.amount) && r.amount !== 0 && /^P\d{3}$/.test(r.product_id as string))).toBe(true);
    expect(data.payments({ n: 10 }).every((r) => r.event_type === 'payment')).toBe(true);
    expect(String(rows[0].event_time) >= '2024-01-16 08:00:00').toBe(true);
  });

  it('sets know their SQL types and load themselves into a table', async () => {
    const orders = data.orders({ n: 5 });
    expect(sqlColumns(orders)?.find((c) => c.name === 'ordered_at')?.type).toBe('TIMESTAMP');
    expect(await orders.toTable('orders')).toBe(5);
    expect(loads.at(-1)).toMatchObject({ table: 'orders', types: { ordered_at: 'TIMESTAMP', amount: 'BIGINT' } });
    expect(Object.keys(orders)).not.toContain('toTable'); // hidden from spreads, JSON and tables
  });

  it('random is the lesson generator with helpers', () => {
    expect(data.random(2024).next()).toBe(data.random(2024).next());
  });
});
