/**
 * A student's scratch cell as saved in the browser: their own TS or SQL cell placed among the
 * lesson's cells (or on the playground). It is the student's data, never part of the lesson.
 */
export interface ScratchRecord {
  /** Lesson slug, or `playground`. */
  slug: string;
  /** Notebook cell id, `scratch-<random>`: also its `data-cell-id`. */
  id: string;
  /** The lesson cell it follows (null: before every lesson cell, the playground's only place). */
  anchor: string | null;
  /** Order among the scratch cells with the same anchor (ascending). */
  rank: number;
  lang: 'ts' | 'sql';
  source: string;
  /** `Date.now()` when the student added it (breaks rank ties). */
  createdAt: number;
}

/** The slug the playground's cells are saved under. */
export const PLAYGROUND_SLUG = 'playground';

/**
 * Prefix of every scratch cell id. A lesson may name its own cells `scratch-…` too, so the prefix
 * tells nothing: the notebook cell's `scratch` flag does.
 */
export const SCRATCH_PREFIX = 'scratch-';

/** A new, unguessable scratch cell id. */
export function newScratchId(): string {
  const random = typeof crypto?.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}${Math.random()}`;
  return SCRATCH_PREFIX + random.replace(/[^a-z0-9]/gi, '').slice(0, 10);
}
