/**
 * Page side of the lake bridge: runs a cell's `lake-request` on the page-owned lake and answers
 * with `lake-reply`. Like `serveSql`, only the live run is served, and its DuckDB work counts as
 * in flight, so Stop cancels it.
 */
import type { LakeCall, LakeFile } from '@/lib/lake/calls';
import type { LakeService } from '@/lib/lake/service';
import type { LakeFileInfo } from '@/lib/lake/store';
import type { ActiveRun } from './active-run';
import type { LakeRequestMessage } from './protocol';
import type { RunnerHost } from './runner-host';
import { messageOf, parseDuckDbError } from './run-errors';

/** A stored file as cells see it: columns folded into one readable `schema` string. */
export function toLakeFile(info: LakeFileInfo): LakeFile {
  return { path: info.path, rows: info.rows, bytes: info.bytes, schema: info.columns.map((c) => `${c.name} ${c.type}`).join(', ') };
}

function perform(lake: LakeService, call: LakeCall): Promise<unknown> {
  switch (call.op) {
    case 'write': return lake.write(call.path, call.source, { partition: call.partition }).then(toLakeFile);
    case 'read': return lake.read(call.pattern, call.limit);
    case 'load': return lake.load(call.pattern, call.name);
    case 'view': return lake.view(call.pattern, call.name);
    case 'list': return Promise.resolve(lake.list(call.pattern).map(toLakeFile));
    case 'delete': return lake.delete(call.pattern);
  }
}

/** An error named for the student: DuckDB's class ("Catalog Error"), the lake's own, or LakeError. */
function lakeError(e: unknown): { name: string; message: string } {
  if (e instanceof Error && !['Error', 'DuckDBError'].includes(e.name)) return { name: e.name, message: e.message };
  const { name, message } = parseDuckDbError(e);
  return { name: name === 'SQL Error' ? 'LakeError' : name, message };
}

/**
 * Answers one lake request from the runner. `databaseLoaded` waits for DuckDB: TS cells start
 * before it has loaded, and a lake call early in the first cell must wait, not fail.
 */
export async function serveLake(
  host: RunnerHost,
  msg: LakeRequestMessage,
  run: ActiveRun | undefined,
  lake: LakeService | undefined,
  databaseLoaded: () => Promise<unknown>,
) {
  if (!run || run.settled || !lake) {
    const message = lake ? 'this lake call was made after its cell had finished; lake calls run only while their cell runs' : 'the lake is not available: the database did not load';
    return host.post({ type: 'lake-reply', reqId: msg.reqId, ok: false, error: { name: 'Error', message } });
  }
  const result = await run.trackSql(databaseLoaded().then(() => perform(lake, msg.call)));
  try {
    if (result.ok) host.post({ type: 'lake-reply', reqId: msg.reqId, ok: true, value: result.value });
    else host.post({ type: 'lake-reply', reqId: msg.reqId, ok: false, error: lakeError(result.error) });
  } catch (e) {
    host.post({ type: 'lake-reply', reqId: msg.reqId, ok: false, error: { name: 'DataCloneError', message: messageOf(e) } });
  }
}
