import 'server-only'
import { eq } from 'drizzle-orm'
import { planRedirects, type RedirectMove } from '@/lib/taxonomy/redirects'
import { db, type Transaction } from '../client'
import { redirects } from '../schema'

/** Where an old URL now lives, or null. */
export async function getRedirectTarget(fromPath: string): Promise<string | null> {
  const [row] = await db.select({ toPath: redirects.toPath }).from(redirects).where(eq(redirects.fromPath, fromPath)).limit(1)
  return row?.toPath ?? null
}

export async function listRedirects(): Promise<RedirectMove[]> {
  return db.select({ fromPath: redirects.fromPath, toPath: redirects.toPath }).from(redirects).orderBy(redirects.fromPath)
}

// Runs inside the transaction that moved the URLs, so the redirects never disagree with the terms.
export function rewriteRedirects(tx: Transaction, moves: readonly RedirectMove[], livePaths: ReadonlySet<string>, goneToPaths: readonly string[] = []): void {
  for (const toPath of goneToPaths) tx.delete(redirects).where(eq(redirects.toPath, toPath)).run()
  const existing = tx.select({ fromPath: redirects.fromPath, toPath: redirects.toPath }).from(redirects).all()
  const plan = planRedirects(existing, moves, livePaths)
  for (const fromPath of plan.deleteFromPaths) tx.delete(redirects).where(eq(redirects.fromPath, fromPath)).run()
  for (const move of plan.upserts) {
    tx.insert(redirects)
      .values({ fromPath: move.fromPath, toPath: move.toPath, statusCode: 308 })
      .onConflictDoUpdate({ target: redirects.fromPath, set: { toPath: move.toPath } })
      .run()
  }
}
