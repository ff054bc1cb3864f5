/**
 * The document an `html(...)` output is shown in. Untrusted markup goes into a frame that is
 * sandboxed without `allow-scripts` (no script, no event handler, no meta refresh, no popups, no
 * forms) and carries its own Content-Security-Policy (nothing loads except `data:`/`blob:` images
 * and inline styles), in addition to the page's policy it inherits as an `about:srcdoc` document.
 */
const FRAME_CSP = "default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; font-src data:";

const BASE_STYLE =
  'html{color-scheme:light}body{margin:0;padding:2px 4px;font:14px/1.6 system-ui,-apple-system,"Noto Sans KR",sans-serif;' +
  'color:#1f2328;overflow-wrap:anywhere}img,svg,video{max-width:100%;height:auto}table{border-collapse:collapse}' +
  'td,th{border:1px solid #d8dee4;padding:2px 8px}';

/** Wraps markup in a complete document whose head (policy, base, style) comes before it. */
export function htmlFrameDocument(markup: string): string {
  // The first <base> wins: links in the markup open popups, which the sandbox blocks.
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}">` +
    `<base target="_blank"><style>${BASE_STYLE}</style></head><body>${markup}</body></html>`
  );
}

/**
 * `sandbox` tokens: `allow-same-origin` only, so the page can measure the content's height.
 * Without `allow-scripts` it gives the content no way to act; never add both.
 */
export const HTML_FRAME_SANDBOX = 'allow-same-origin';
