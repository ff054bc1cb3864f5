/**
 * URLs of self-hosted runtime assets (wasm, workers), copied into `public/vendor/` by
 * `scripts/copy-assets.mjs`. Versioned paths let the server cache them as immutable.
 */
import { ASSET_VERSIONS } from './asset-versions';

/** The site's base path ('' at the root, '/sub' under a sub-path). */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Absolute URL path of a file in `public/`, honouring the base path. */
export function sitePath(path: string): string {
  return `${BASE_PATH}${path.startsWith('/') ? path : `/${path}`}`;
}

export const assets = {
  duckdbWasm: sitePath(`/vendor/duckdb-${ASSET_VERSIONS.duckdb}/duckdb-eh.wasm`),
  /** A wrapper of DuckDB's eh worker that lets the browser cache the compiled wasm (copy-assets.mjs). */
  duckdbWorker: sitePath(`/vendor/duckdb-${ASSET_VERSIONS.duckdb}/duckdb-cached.worker.js`),
  esbuildWasm: sitePath(`/vendor/esbuild-${ASSET_VERSIONS.esbuild}/esbuild.wasm`),
  /** Data files of a lesson: `lessonData('intro', 'sales.csv')`. */
  lessonData: (slug: string, file: string) => sitePath(`/lesson-data/${slug}/${file}`),
};

/** The export source of a lesson (app/lessons/[slug]/lesson.json/route.ts). */
export function lessonSourceUrl(slug: string): string {
  return sitePath(`/lessons/${slug}/lesson.json`);
}
