import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

// One value per Node process, kept on globalThis: Next may load a module more than once (dev-mode
// reloads, separate bundles for the app and scripts/serve.ts), and the database connection, the SMTP
// transports and the front page cache must still be one each. The one typed way to do that.
type Slot<T> = {
  get(): T | undefined
  getOrCreate(create: () => T): T
  clear(): void
}

const slots = globalThis as typeof globalThis & Record<symbol, unknown>

export function processGlobal<T>(name: string): Slot<T> {
  const key = Symbol.for(`spoonpress.${name}`)
  return {
    get: () => slots[key] as T | undefined,
    getOrCreate(create) {
      if (slots[key] === undefined) slots[key] = create()
      return slots[key] as T
    },
    clear: () => {
      delete slots[key]
    },
  }
}

/**
 * A name for this process in the change log and job leases (docs/decisions/0025-many-processes.md):
 * host, process id and a random part, since process ids repeat across restarts and containers.
 */
export function newProcessId(): string {
  return `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`
}
