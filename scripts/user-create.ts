import 'server-only'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { eq, sql } from 'drizzle-orm'
import { openDatabase } from '@/db/client'
import { authors } from '@/db/schema'
import { hashPassword } from '@/lib/auth/password'
import { userCreateInput } from '@/lib/auth/schema'
import { slugify, uniqueSlug } from '@/lib/content/slug'
import { env } from '@/lib/server/env'

// `npm run user:create -- --email E [--name N] [--password P]`: adds an author, or sets a new password
// for an existing one (the way back in for someone who lost theirs). Without --password (which shell
// history and `ps` can see) it asks for the password at a terminal, or reads its first line from stdin.
const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } })

async function readStdinLine(): Promise<string> {
  let text = ''
  for await (const chunk of process.stdin) text += String(chunk)
  return text.split(/\r?\n/)[0] ?? ''
}

// Asks at a terminal without echoing what is typed.
function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    const output = prompt as unknown as { _writeToOutput: (text: string) => void }
    let isAsking = true
    output._writeToOutput = (text: string) => {
      if (!isAsking || text.includes(question)) process.stdout.write(text.includes(question) ? question : text)
    }
    prompt.question(question, (answer) => {
      isAsking = false
      prompt.close()
      process.stdout.write('\n')
      resolve(answer)
    })
  })
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine()
  const first = await ask('Password (at least 12 characters): ')
  const second = await ask('The same password again: ')
  if (first !== second) {
    console.error('The two passwords are not the same; nothing was changed.')
    process.exit(1)
  }
  return first
}

const parsed = userCreateInput.safeParse({ ...values, password: values.password ?? (await readPassword()) })
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0] ?? '')}: ${issue.message}`)
  console.error('Usage: npm run user:create -- --email you@example.com [--name "Your Name"]   (asks for the password, or reads it from stdin)')
  process.exit(1)
}
const { email, password, name } = parsed.data
const { db, sqlite } = openDatabase(env.databasePath)
const passwordHash = await hashPassword(password)
const existing = db.select({ id: authors.id }).from(authors).where(eq(authors.email, email)).get()
if (existing) {
  // A new password ends every session of this author (lib/auth/gate.ts checks the version).
  db.update(authors)
    .set({ passwordHash, sessionVersion: sql`${authors.sessionVersion} + 1`, keptSessionId: null, ...(name ? { name } : {}) })
    .where(eq(authors.id, existing.id))
    .run()
  console.log(`Updated the password of ${email}; every session of this author is signed out.`)
} else {
  const displayName = name ?? email.split('@')[0] ?? email
  const slug = await uniqueSlug(
    slugify(displayName),
    (candidate) => db.select({ id: authors.id }).from(authors).where(eq(authors.slug, candidate)).get() !== undefined,
  )
  db.insert(authors).values({ email, name: displayName, slug, passwordHash }).run()
  console.log(`Created the author ${displayName} <${email}>. Sign in at ${env.siteUrl}/login`)
}
sqlite.close()
