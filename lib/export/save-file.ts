/**
 * Hands a file to the browser's download, from memory (nothing is uploaded anywhere).
 * @param name the suggested file name
 */
export function saveFile(data: string | Uint8Array, name: string, type: string): void {
  // A Uint8Array may view a SharedArrayBuffer, which Blob does not take: copy it into a plain one.
  const url = URL.createObjectURL(new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started from the URL by the next task; keep it a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name made of safe characters (letters of any script, digits, `-`, `_`). */
export function fileStem(text: string): string {
  return text.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'table';
}
