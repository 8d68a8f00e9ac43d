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
