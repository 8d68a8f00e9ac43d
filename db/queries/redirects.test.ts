import { beforeEach, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { getRedirectTarget, listRedirects, rewriteRedirects } = await import('./redirects')
const { redirects } = await import('../schema')
const { eq } = await import('drizzle-orm')

beforeEach(async () => {
  await db.delete(redirects)
})

describe('redirects', () => {
  it('finds where an old path went, and null for an unknown one', async () => {
    await db.insert(redirects).values({ fromPath: '/tag/old', toPath: '/tag/new' })
    expect(await getRedirectTarget('/tag/old')).toBe('/tag/new')
    expect(await getRedirectTarget('/tag/new')).toBeNull()
  })

  it('rewrites in a transaction: adds moves as 308s, collapses chains, drops live and gone ones', async () => {
    await db.insert(redirects).values([
      { fromPath: '/tag/a', toPath: '/tag/b' },
      { fromPath: '/tag/c', toPath: '/tag/d' },
      { fromPath: '/tag/e', toPath: '/tag/gone' },
      { fromPath: '/wp/old-post', toPath: '/post' },
    ])
    await db.transaction((tx) => rewriteRedirects(tx, [{ fromPath: '/tag/b', toPath: '/tag/z' }], new Set(['/tag/z', '/tag/c']), ['/tag/gone']))
    expect(await listRedirects()).toEqual([
      { fromPath: '/tag/a', toPath: '/tag/z' },
      { fromPath: '/tag/b', toPath: '/tag/z' },
      { fromPath: '/wp/old-post', toPath: '/post' },
    ])
    const [row] = await db.select().from(redirects).where(eq(redirects.fromPath, '/tag/b'))
    expect(row?.statusCode).toBe(308)
  })
})
