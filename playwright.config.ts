import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests against the production build (static export in out/, served like a real
 * static host) in Debian's Chromium: `npx playwright install` cannot download browsers here.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000, // a lesson page boots DuckDB + esbuild per test; 2 loaded cores need room
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // One page at a time: most of a test is compiling wasm, which is CPU-bound, so two workers on
  // 2 cores measured slower (about 30 minutes for the suite against 21). PW_WORKERS overrides.
  workers: Number(process.env.PW_WORKERS ?? 1),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // CI keeps only the printed log, so a trace there costs CPU (a snapshot per action) for nothing.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // A Korean student's browser: the interface picks its language from it (i18n.spec switches to English).
    locale: 'ko-KR',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs out`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
