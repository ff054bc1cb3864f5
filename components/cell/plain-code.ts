/** A cell's source as unhighlighted placeholder HTML, with the same metrics as the editor. */
export function plainCodeHtml(source: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = source.split('\n').map((line) => `<span class="line">${escape(line)}</span>`);
  return `<pre class="shiki"><code>${lines.join('\n')}</code></pre>`;
}
