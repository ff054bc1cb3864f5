/** Sizes for people: 812 B, 14.2 KB, 3.1 MB (1 KB = 1,024 bytes, as file browsers show). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

/** The file name of a lake path, for the download. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A download name that keeps the partition folders readable: `date=2024-01-15__part-0.parquet`. */
export function downloadName(path: string): string {
  const parts = path.split('/');
  const partitions = parts.slice(0, -1).filter((p) => p.includes('='));
  return [...partitions, parts[parts.length - 1]].join('__');
}
