import { AsyncLocalStorage } from 'node:async_hooks'

// The cached reads (db/cache.ts) go through Next's unstable_cache, which needs Next's incremental cache;
// outside a Next server there is none and every call throws. This gives the test process Next's own
// IncrementalCache in development mode, which stores nothing: each cached read runs the real query.
// Call it before importing anything that reads through db/queries/cached.ts.
export async function installNextDataCache(): Promise<void> {
  // Next's server modules expect AsyncLocalStorage on globalThis, where its own server puts it
  // (next/dist/server/node-environment-baseline.js).
  if (!('AsyncLocalStorage' in globalThis)) Object.assign(globalThis, { AsyncLocalStorage })
  const { IncrementalCache } = await import('next/dist/server/lib/incremental-cache')
  const preview = { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' }
  const incrementalCache = new IncrementalCache({
    dev: true,
    requestHeaders: {},
    fetchCacheKeyPrefix: '',
    allowedRevalidateHeaderKeys: [],
    previewProps: preview,
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview },
  })
  Object.assign(globalThis, { __incrementalCache: incrementalCache })
}
