import { describe, expect, it } from 'vitest';
import { highlight, TokenPalette } from './highlight';

/** The styles a stylesheet declares, by class. */
function rules(css: string): Map<string, string> {
  return new Map([...css.matchAll(/\.shiki \.(k[0-9a-z]+)\{([^}]*)\}/g)].map((m) => [m[1], m[2]]));
}

describe('highlight', () => {
  it('colours tokens by class, declared in the palette, with no inline token styles', async () => {
    const palette = new TokenPalette();
    const html = await highlight('const n: number = 1; // one', 'ts', palette);
    expect(html).not.toMatch(/<span style=/);
    const declared = rules(palette.css());
    const used = [...html.matchAll(/<span class="(k[0-9a-z]+)">([^<]*)<\/span>/g)];
    expect(used.length).toBeGreaterThan(3);
    for (const [, name] of used) expect(declared.get(name)).toMatch(/^color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}/);
    // VS Code's light-plus / dark-plus keyword and comment colours.
    const colourOf = (text: string) => declared.get(used.find((u) => u[2] === text)![1]);
    expect(colourOf('const')).toBe('color:#0000FF;--shiki-dark:#569CD6');
    expect(colourOf('// one')).toBe('color:#008000;--shiki-dark:#6A9955');
  });

  it('leaves tokens in the default colour as bare text, keeping every character and line', async () => {
    const source = 'const a = b;\n\nselect(a)';
    const html = await highlight(source, 'ts', new TokenPalette());
    const lines = [...html.matchAll(/<span class="line">(.*?)<\/span>(?=\n|<\/code>)/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    expect(lines).toEqual(['const a = b;', '', 'select(a)']);
    expect(html).toContain('<pre class="shiki shiki-themes light-plus dark-plus" style="background-color:#FFFFFF;--shiki-dark-bg:#1E1E1E;color:#000000;--shiki-dark:#D4D4D4"');
  });

  it('gives the same style the same class on every page', async () => {
    const a = new TokenPalette(), b = new TokenPalette();
    await highlight('SELECT 1 AS one', 'sql', a);
    await highlight('SELECT 2 AS two', 'sql', b);
    expect(a.css()).toBe(b.css());
    expect(a.classFor('color:#0000FF')).toBe(b.classFor('color:#0000FF'));
  });
});
