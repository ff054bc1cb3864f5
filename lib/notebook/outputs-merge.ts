import type { Output } from '@/lib/kernel/outputs';

/**
 * Appends an output to a cell's list, merging consecutive console batches into one stream so a
 * cell shows one console block instead of one per batch.
 */
export function appendOutput(outputs: readonly Output[], next: Output): Output[] {
  const last = outputs[outputs.length - 1];
  if (next.kind === 'console' && last?.kind === 'console') {
    return [...outputs.slice(0, -1), { kind: 'console', lines: [...last.lines, ...next.lines] }];
  }
  return [...outputs, next];
}
