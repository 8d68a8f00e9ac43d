// The two cached variants of every reader page (chosen by cookie in next.config.ts rewrites).
export type VisitorVariant = 'first' | 'returning'

export function isVisitorVariant(value: string): value is VisitorVariant {
  return value === 'first' || value === 'returning'
}

// The first-visit variant carries a hidden image at this address; its answer sets the returning
// cookie, so cached pages never carry Set-Cookie (docs/decisions/0026-shared-caches.md).
export const returningBeaconPath = '/api/returning'
