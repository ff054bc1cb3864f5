import { describe, expect, it } from 'vitest';
import type { Output } from '@/lib/kernel/outputs';
import { htmlFrameDocument, HTML_FRAME_SANDBOX } from '@/components/outputs/html-frame';
import { MAX_HTML_CHARS } from './caps';
import { createCellApi } from './install';

function api() {
  const outputs: Output[] = [];
  const { globals } = createCellApi({ emit: (o) => outputs.push(o), transport: async () => undefined });
  return { outputs, html: globals.html };
}

describe('html(markup)', () => {
  it('emits an html output with the markup as given (the page isolates it)', () => {
    const { outputs, html } = api();
    html('<b>굵게</b><img src=x onerror="alert(1)">');
    expect(outputs).toEqual([{ kind: 'html', html: '<b>굵게</b><img src=x onerror="alert(1)">' }]);
  });

  it('caps huge markup and says so', () => {
    const { outputs, html } = api();
    html('x'.repeat(MAX_HTML_CHARS + 5));
    const out = outputs[0] as { html: string };
    expect(out.html.length).toBeLessThan(MAX_HTML_CHARS + 100);
    expect(out.html).toMatch(/나머지 5자는 표시하지 않았습니다/);
  });
});

describe('the html frame document', () => {
  it('puts its policy and base before the markup, and never allows scripts', () => {
    const doc = htmlFrameDocument('<base target="_self"><meta http-equiv="Content-Security-Policy" content="default-src *">');
    expect(doc.indexOf("default-src 'none'")).toBeLessThan(doc.indexOf('default-src *'));
    expect(doc.indexOf('<base target="_blank">')).toBeLessThan(doc.indexOf('<base target="_self">'));
    expect(HTML_FRAME_SANDBOX).not.toMatch(/allow-scripts/);
  });
});
