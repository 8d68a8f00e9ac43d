// The two cached variants of every reader page (chosen by cookie in next.config.ts rewrites).
export type VisitorVariant = 'first' | 'returning'

export function isVisitorVariant(value: string): value is VisitorVariant {
  return value === 'first' || value === 'returning'
}
