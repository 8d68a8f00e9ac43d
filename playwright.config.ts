import { defineConfig, devices } from '@playwright/test'

// Browser tests run against the production build (`next build` runs first in `npm run test:e2e`),
// served by `npm start` (scripts/serve.ts: Next behind the front cache) on a throwaway database in
// .e2e-data/, seeded with the demo blog. WEB_CONCURRENCY is left unset, so it runs one web process per
// core as in production: every journey also crosses processes (docs/decisions/0025-many-processes.md).
const port = 3100
// Email from the server under test goes to an in-process SMTP server the mail tests start here.
export const e2eSmtpPort = 2526
export const e2eDataDir = '.e2e-data'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only sometimes is a bug to find (the last one was a cache race,
  // see lib/http/isr-cache-handler.mjs).
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: true } },
    { name: 'no-js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: false } },
  ],
  webServer: {
    command: `rm -rf ${e2eDataDir} && npm run db:setup && npm start`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATA_DIR: e2eDataDir,
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
