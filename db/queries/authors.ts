import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { db } from '../client'
import { authors } from '../schema'

export type AuthorProfile = { id: number; name: string; slug: string; tagline: string; bio: string }

const profileColumns = { id: authors.id, name: authors.name, slug: authors.slug, tagline: authors.tagline, bio: authors.bio }

// The blog's own author (the first account): the one the author box and sidebar widget describe.
export async function getSiteAuthor(): Promise<AuthorProfile | null> {
  const [row] = await db.select(profileColumns).from(authors).orderBy(asc(authors.id)).limit(1)
  return row ?? null
}

export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  const [row] = await db.select(profileColumns).from(authors).where(eq(authors.slug, slug)).limit(1)
  return row ?? null
}

export type AuthorAccount = { id: number; name: string; email: string; passwordHash: string | null }

export async function getAuthorAccountByEmail(email: string): Promise<AuthorAccount | null> {
  const [row] = await db
    .select({ id: authors.id, name: authors.name, email: authors.email, passwordHash: authors.passwordHash })
    .from(authors)
    .where(eq(authors.email, email.trim().toLowerCase()))
    .limit(1)
  return row ?? null
}

export async function getAuthorById(id: number): Promise<{ id: number; name: string; email: string; slug: string } | null> {
  const [row] = await db.select({ id: authors.id, name: authors.name, email: authors.email, slug: authors.slug }).from(authors).where(eq(authors.id, id)).limit(1)
  return row ?? null
}

export async function insertAuthor(input: { email: string; name: string; slug: string; passwordHash: string }): Promise<{ id: number }> {
  const [row] = await db.insert(authors).values({ ...input, email: input.email.trim().toLowerCase() }).returning({ id: authors.id })
  if (!row) throw new Error('author insert returned nothing')
  return row
}

export async function setAuthorPassword(id: number, passwordHash: string): Promise<void> {
  await db.update(authors).set({ passwordHash }).where(eq(authors.id, id))
}

export async function isSlugTakenByAuthor(slug: string): Promise<boolean> {
  const [row] = await db.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).limit(1)
  return row !== undefined
}
