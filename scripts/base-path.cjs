// The site's base path from the environment, normalised: '' at the root, else '/a/b' (leading
// slash, no trailing one). BASE_PATH wins over NEXT_PUBLIC_BASE_PATH. Shared by next.config.js,
// scripts/serve.mjs and scripts/csp.mjs so the build and the server always agree.

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function basePath(env = process.env) {
  const raw = (env.BASE_PATH ?? env.NEXT_PUBLIC_BASE_PATH ?? '').trim();
  const parts = raw.split('/').filter(Boolean);
  return parts.length > 0 ? `/${parts.join('/')}` : '';
}

module.exports = { basePath };
