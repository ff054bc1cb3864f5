import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LABEL_SCRIPT } from './label-script';

/** An element with attributes, as the script sees it. */
class FakeElement {
  constructor(readonly attrs: Record<string, string>) {}
  getAttribute(name: string) {
    return name in this.attrs ? this.attrs[name] : null;
  }
  setAttribute(name: string, value: string) {
    this.attrs[name] = value;
  }
}

/** Runs the label script on a page in `lang` holding `elements`. */
function run(lang: string, elements: FakeElement[]) {
  vm.runInNewContext(LABEL_SCRIPT, {
    document: {
      documentElement: new FakeElement({ 'data-ui-lang': lang }),
      querySelectorAll: () => elements.filter((e) => e.getAttribute('data-en-aria-label') !== null || e.getAttribute('data-en-title') !== null),
    },
  });
}

describe('label script (runs before the app, after the body is parsed)', () => {
  const page = () => [
    new FakeElement({ 'aria-label': '모두 실행', title: '모두 실행', 'data-en-aria-label': 'Run all', 'data-en-title': 'Run all' }),
    new FakeElement({ title: '되돌리기', 'data-en-title': 'Reset' }),
    new FakeElement({ 'aria-label': '목차' }),
  ];

  it('puts the English labels in place for an English reader', () => {
    const els = page();
    run('en', els);
    expect(els.map((e) => [e.getAttribute('aria-label'), e.getAttribute('title')])).toEqual([['Run all', 'Run all'], [null, 'Reset'], ['목차', null]]);
  });

  it('leaves the Korean labels for a Korean reader', () => {
    const els = page();
    run('ko', els);
    expect(els[0].getAttribute('aria-label')).toBe('모두 실행');
    expect(els[1].getAttribute('title')).toBe('되돌리기');
  });
});
