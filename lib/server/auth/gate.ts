import 'server-only'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { getAuthorById } from '@/db/queries/authors'
import { auth } from './config'

export type SignedInAuthor = { id: number; name: string; email: string; slug: string }

// The one auth gate, run on every request that shows or changes private data. A session is only
// trusted if its author still exists and it carries the author's current session version: signing
// out, "Sign out everywhere" and a password change raise the version, ending older sessions; a
// password change keeps the one session that made it (authors.kept_session_id).
const currentAuthor = cache(async (): Promise<SignedInAuthor | null> => {
  const session = await auth()
  const id = Number(session?.user?.id)
  if (!Number.isInteger(id) || id <= 0) return null
  const author = await getAuthorById(id)
  if (!author) return null
  const isCurrentVersion = author.sessionVersion === session?.sessionVersion
  const isKeptSession = author.keptSessionId !== null && author.keptSessionId === session?.sessionId
  if (!isCurrentVersion && !isKeptSession) return null
  return { id: author.id, name: author.name, email: author.email, slug: author.slug }
})

// For admin pages and layouts: strangers are sent to the login page.
export async function requireAuthorPage(): Promise<SignedInAuthor> {
  const author = await currentAuthor()
  if (!author) redirect('/login')
  return author
}

// For admin server actions: a stranger gets an error and nothing is written.
export async function requireAuthorAction(): Promise<SignedInAuthor> {
  const author = await currentAuthor()
  if (!author) throw new Error('Not signed in')
  return author
}

export async function getSignedInAuthor(): Promise<SignedInAuthor | null> {
  return currentAuthor()
}
