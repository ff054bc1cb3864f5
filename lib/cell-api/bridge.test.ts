import { describe, expect, it } from 'vitest';
import type { SqlRequestMessage } from '@/lib/kernel/protocol';
import { createSqlBridge } from './bridge';

describe('createSqlBridge', () => {
  it('correlates replies with requests by id, in any order', async () => {
    const sent: SqlRequestMessage[] = [];
    const bridge = createSqlBridge((m) => void sent.push(m as SqlRequestMessage));
    const a = bridge.request(1, 'query', 'SELECT 1', []);
    const b = bridge.request(1, 'exec', 'CREATE TABLE t (a INT)', []);
    expect(sent.map((m) => [m.reqId, m.op])).toEqual([[1, 'query'], [2, 'exec']]);
    bridge.handleReply({ type: 'sql-reply', reqId: 2, ok: true });
    bridge.handleReply({ type: 'sql-reply', reqId: 1, ok: false, error: { name: 'Parser Error', message: 'syntax' } });
    await expect(b).resolves.toBeUndefined();
    await expect(a).rejects.toMatchObject({ name: 'Parser Error', message: 'syntax' });
    bridge.handleReply({ type: 'sql-reply', reqId: 99, ok: true }); // unknown ids are ignored
  });

  it('fails the query, not the runner, when the request cannot be posted', async () => {
    const bridge = createSqlBridge(() => {
      throw new Error('could not be cloned');
    });
    await expect(bridge.request(1, 'query', 'SELECT $1', [() => 1])).rejects.toThrow('could not be cloned');
  });
});
