import 'server-only'
import { asc, eq, or, sql } from 'drizzle-orm'
import { mediaUrl } from '@/lib/media/paths'
import { db, preparedQuery } from '../client'
import { authors, media } from '../schema'

/** `avatarUrl` is the chosen uploaded image, or null for the generated picture. */
export type AuthorProfile = { id: number; name: string; slug: string; tagline: string; bio: string; avatarUrl: string | null }

const profileColumns = { id: authors.id, name: authors.name, slug: authors.slug, tagline: authors.tagline, bio: authors.bio, avatarFileName: media.fileName }

function selectProfiles() {
  // A left join: a deleted image leaves the author with the generated picture, not without a profile.
  return db.select(profileColumns).from(authors).leftJoin(media, eq(media.id, authors.avatarMediaId))
}

function toProfile({ avatarFileName, ...row }: { avatarFileName: string | null } & Omit<AuthorProfile, 'avatarUrl'>): AuthorProfile {
  return { ...row, avatarUrl: avatarFileName ? mediaUrl(avatarFileName) : null }
}

// The blog's own author (the first account): the one the author box and sidebar widget describe.
export async function getSiteAuthor(): Promise<AuthorProfile | null> {
  const [row] = await selectProfiles().orderBy(asc(authors.id)).limit(1)
  return row ? toProfile(row) : null
}

export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  const [row] = await selectProfiles().where(eq(authors.slug, slug)).limit(1)
  return row ? toProfile(row) : null
}

export type AuthorProfileValues = { name: string; tagline: string; bio: string; avatarMediaId: number | null }

/** The signed-in author's own profile, as the profile form shows it. */
export async function getAuthorProfileValues(id: number): Promise<AuthorProfileValues | null> {
  const [row] = await db
    .select({ name: authors.name, tagline: authors.tagline, bio: authors.bio, avatarMediaId: authors.avatarMediaId })
    .from(authors)
    .where(eq(authors.id, id))
    .limit(1)
  return row ?? null
}

export type ProfileUpdateOutcome = 'updated' | 'no-author' | 'no-image'

// The image check and the write are one transaction, so a profile never points at an image that was
// removed in between (avatar_media_id has no foreign key to enforce it).
export async function updateAuthorProfile(id: number, values: AuthorProfileValues): Promise<ProfileUpdateOutcome> {
  return db.transaction((tx) => {
    if (values.avatarMediaId !== null) {
      const image = tx.select({ id: media.id }).from(media).where(eq(media.id, values.avatarMediaId)).get()
      if (!image) return 'no-image'
    }
    const changed = tx.update(authors).set(values).where(eq(authors.id, id)).returning({ id: authors.id }).all()
    return changed.length > 0 ? 'updated' : 'no-author'
  })
}

export type AuthorAccount = { id: number; name: string; email: string; passwordHash: string | null; sessionVersion: number }

export async function getAuthorAccountByEmail(email: string): Promise<AuthorAccount | null> {
  const [row] = await db
    .select({ id: authors.id, name: authors.name, email: authors.email, passwordHash: authors.passwordHash, sessionVersion: authors.sessionVersion })
    .from(authors)
    .where(eq(authors.email, email.trim().toLowerCase()))
    .limit(1)
  return row ?? null
}

// True when a guest's name or email is an author's: such a comment is held, never auto-approved.
// Asked on every comment posted (lib/server/comments/moderation-context.ts): prepared once.
const authorWithEmailOrName = preparedQuery((db) =>
  db
    .select({ id: authors.id })
    .from(authors)
    .where(or(eq(authors.email, sql.placeholder('email')), sql`lower(trim(${authors.name})) = ${sql.placeholder('name')}`))
    .limit(1)
    .prepare(),
)

export async function isAuthorIdentity(name: string, email: string): Promise<boolean> {
  return (await authorWithEmailOrName().get({ email: email.trim().toLowerCase(), name: name.trim().toLowerCase() })) !== undefined
}

export async function getAuthorById(
  id: number,
): Promise<{ id: number; name: string; email: string; slug: string; sessionVersion: number; keptSessionId: string | null } | null> {
  const [row] = await db
    .select({
      id: authors.id,
      name: authors.name,
      email: authors.email,
      slug: authors.slug,
      sessionVersion: authors.sessionVersion,
      keptSessionId: authors.keptSessionId,
    })
    .from(authors)
    .where(eq(authors.id, id))
    .limit(1)
  return row ?? null
}

/** Ends every session of this author: tokens carry the version they were issued with. */
export async function updateSessionVersion(id: number): Promise<void> {
  await db
    .update(authors)
    .set({ sessionVersion: sql`${authors.sessionVersion} + 1`, keptSessionId: null })
    .where(eq(authors.id, id))
}

/** A new password ends every session of the author except `keepSessionId` (the browser that changed it). */
export async function updateAuthorPassword(id: number, passwordHash: string, keepSessionId: string | null): Promise<void> {
  await db
    .update(authors)
    .set({ passwordHash, sessionVersion: sql`${authors.sessionVersion} + 1`, keptSessionId: keepSessionId })
    .where(eq(authors.id, id))
}

export async function insertAuthor(input: { email: string; name: string; slug: string; passwordHash: string }): Promise<{ id: number }> {
  const [row] = await db
    .insert(authors)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .returning({ id: authors.id })
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
