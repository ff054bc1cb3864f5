/**
 * Rewrites one top-level `const` / `let` / `var` statement into assignments to `globalThis`,
 * in place, with insertions only where possible so the source map stays exact and the line
 * count never changes. Part of the scope transform (see scope.ts).
 */
import type { Expression, Pattern, VariableDeclaration } from 'acorn';
import type MagicString from 'magic-string';

const GLOBAL = 'globalThis.';

/**
 * Rewrites `kind a = 1, {b, c: [d = 2, ...e]} = o;` into
 * `globalThis.a = 1, ({b: globalThis.b, c: [globalThis.d = 2, ...globalThis.e]} = o);`
 * One comma expression keeps the declarators' order and the statement's own `;`.
 * `let x;` becomes `globalThis.x = undefined`; `var x;` only reads `globalThis.x`, because
 * re-running `var x;` must keep the value (the cell header already created the property).
 * Pushes every bound name onto `declared`.
 */
export function rewriteDeclaration(s: MagicString, decl: VariableDeclaration, declared: string[]): void {
  const first = decl.declarations[0];
  // Drop the keyword (and the whitespace after it).
  s.remove(decl.start, first.start);
  decl.declarations.forEach((declarator, index) => {
    const { id, init } = declarator;
    if (id.type === 'Identifier') {
      s.prependRight(id.start, GLOBAL);
      declared.push(id.name);
      if (!init) {
        if (decl.kind !== 'var') s.appendLeft(id.end, ' = undefined');
      } else if (isAnonymousFunctionOrClass(init)) {
        keepFunctionName(s, id.name, init);
      }
      return;
    }
    rewritePattern(s, id, declared);
    // A destructuring assignment needs parentheses (`{a} = o` would parse as a block). A leading
    // `;` protects against a previous statement without one (`f()\n(...)` is a call).
    s.prependRight(declarator.start, index === 0 ? ';(' : '(');
    s.appendLeft(declarator.end, ')');
  });
}

/**
 * Turns every binding identifier of a pattern into a `globalThis.` member target. Shorthand
 * properties need their key spelt out (`{a}` → `{a: globalThis.a}`); computed keys and default
 * values are expressions and stay as they are.
 */
export function rewritePattern(s: MagicString, pattern: Pattern, declared: string[]): void {
  switch (pattern.type) {
    case 'Identifier':
      s.prependRight(pattern.start, GLOBAL);
      declared.push(pattern.name);
      return;
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        if (property.type === 'RestElement') {
          rewritePattern(s, property.argument, declared);
        } else if (property.shorthand) {
          // `{a}` / `{a = 1}`: the key and the value target share the source text.
          const name = bindingName(property.value);
          s.prependRight(property.value.start, `${name}: ${GLOBAL}`);
          declared.push(name);
        } else {
          rewritePattern(s, property.value, declared);
        }
      }
      return;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) rewritePattern(s, element, declared);
      return;
    case 'RestElement':
      rewritePattern(s, pattern.argument, declared);
      return;
    case 'AssignmentPattern':
      rewritePattern(s, pattern.left, declared);
      return;
    case 'MemberExpression':
      // Not valid in a declaration; esbuild would have rejected it already.
      return;
  }
}

/** Every name a declaration binds, in source order (without rewriting anything). */
export function boundNames(decl: VariableDeclaration): string[] {
  const names: string[] = [];
  const collect = (pattern: Pattern | null): void => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') names.push(pattern.name);
    else if (pattern.type === 'ObjectPattern')
      pattern.properties.forEach((p) => collect(p.type === 'RestElement' ? p.argument : p.value));
    else if (pattern.type === 'ArrayPattern') pattern.elements.forEach(collect);
    else if (pattern.type === 'RestElement') collect(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') collect(pattern.left);
  };
  decl.declarations.forEach((d) => collect(d.id));
  return names;
}

/** The identifier of a shorthand property value: `a` or the `a` of `a = 1`. */
function bindingName(value: Pattern): string {
  if (value.type === 'Identifier') return value.name;
  if (value.type === 'AssignmentPattern' && value.left.type === 'Identifier') return value.left.name;
  throw new Error(`unexpected shorthand property value: ${value.type}`);
}

function isAnonymousFunctionOrClass(init: Expression): boolean {
  return (
    init.type === 'ArrowFunctionExpression' ||
    ((init.type === 'FunctionExpression' || init.type === 'ClassExpression') && !init.id)
  );
}

/**
 * `const add = () => 1` names the function "add", but `globalThis.add = () => 1` would not
 * (names are only inferred for plain identifier targets). Routing the value through an object
 * literal property keeps `add.name` and the name V8 prints in stack frames.
 */
function keepFunctionName(s: MagicString, name: string, init: Expression): void {
  // A plain `__proto__:` key would set the prototype instead of defining a property.
  const proto = name === '__proto__';
  s.prependRight(init.start, `{${proto ? '["__proto__"]' : name}: `);
  s.appendLeft(init.end, proto ? '}["__proto__"]' : `}.${name}`);
}
