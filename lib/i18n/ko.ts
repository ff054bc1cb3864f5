import { koCore } from './ko-core';
import { koExtra } from './ko-extra';

/**
 * The whole Korean dictionary, for server rendering, views that load on demand and the runner
 * worker. Client code in a lesson page's first-load scripts uses `koCore` (through `<T>`, `useT`)
 * so the messages of ko-extra.ts load only with the views that show them.
 */
export const ko = { ...koCore, ...koExtra } as const;

export type Dict = typeof ko;
/**
 * The Korean dictionary under its old name, for code that runs outside React (runner worker,
 * kernel client, checks) and for modules not yet moved to `useT()` / `<T>`.
 */
export const t: Dict = ko;
