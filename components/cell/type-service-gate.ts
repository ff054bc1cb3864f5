/**
 * When Monaco's TypeScript worker may start. It is the heaviest part of the editors (6.6 MB of
 * JS to parse, ~100 MB of memory measured after Run all of lesson 01) and only serves a student
 * who is working in an editor: completions, hovers and type errors. So it starts the first time
 * an editor takes the focus; until then Monaco's requests to it simply wait.
 */
let open: () => void = () => {};
const wanted = new Promise<void>((resolve) => (open = resolve));

/** Lets the TypeScript worker start (idempotent). */
export function wantTypeService(): void {
  open();
}

/** Resolves once the TypeScript worker may start. */
export function whenTypeServiceWanted(): Promise<void> {
  return wanted;
}
