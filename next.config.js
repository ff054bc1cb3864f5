// @ts-check
/**
 * Static export: the whole site is HTML + JS + wasm served by any static host.
 * NEXT_PUBLIC_BASE_PATH lets the same build live under a sub-path (e.g. a project page).
 * @type {import('next').NextConfig}
 */
const basePath = process.env.NEXT_PUBLIC_BASE_PATH || '';

module.exports = {
  output: 'export',
  basePath,
  trailingSlash: true,
  reactStrictMode: true,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
};
