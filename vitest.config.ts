import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // server-only throws outside a React server bundle; tests import server modules directly.
      'server-only': fileURLToPath(new URL('./lib/server/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: [
      'app/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'db/**/*.test.ts',
      'lib/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
  },
})
