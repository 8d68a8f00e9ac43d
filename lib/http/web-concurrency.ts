// How many web processes `npm start` runs (scripts/serve.ts, docs/decisions/0025-many-processes.md):
// WEB_CONCURRENCY when it is a whole number from 1 up, otherwise one per core the process may use.
// Anything else written there is a mistake worth stopping for, not a reason to guess.
export function parseWebConcurrency(setting: string | undefined, cores: number): number {
  const fallback = Math.max(1, Math.floor(cores))
  if (setting === undefined || setting.trim() === '') return fallback
  const value = Number(setting.trim())
  if (!Number.isInteger(value) || value < 1) throw new Error(`WEB_CONCURRENCY must be a whole number from 1 up (got "${setting}")`)
  return value
}
