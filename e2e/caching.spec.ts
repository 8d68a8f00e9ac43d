import { expect, openTestDatabase, test } from './fixtures'

// Anonymous readers get cached pages: once a post has been rendered, reading it again does no
// database work. Changing the row behind the app's back (no invalidation) proves it.
test('a rendered post is served from the cache, not re-read from the database', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const slug = 'budgeting-spoons'
  // A returning reader's variant, so the first response sets no cookie that would change the next key.
  const returning = { cookie: 'sp_returning=1' }
  const first = await request.get(`/${slug}`, { headers: returning })
  expect(first.status()).toBe(200)
  const originalTitle = (await first.text()).match(/<h1[^>]*>([^<]+)<\/h1>/)?.[1]
  expect(originalTitle).toBeTruthy()

  const sqlite = openTestDatabase()
  try {
    sqlite.prepare('update posts set title = ? where slug = ?').run('Changed behind the cache', slug)
    const again = await request.get(`/${slug}`, { headers: returning })
    expect(again.headers()['x-spoonpress-cache']).toBe('HIT')
    const html = await again.text()
    expect(html).toContain(originalTitle)
    expect(html).not.toContain('Changed behind the cache')
    // The same holds one layer down, in Next's own page cache (a cookie the front cache does not know
    // sends the request to Next).
    const fromNext = await request.get(`/${slug}`, { headers: { cookie: 'sp_returning=1; bypass-front-cache=1' } })
    expect(fromNext.headers()['x-nextjs-cache']).toBe('HIT')
    expect(await fromNext.text()).not.toContain('Changed behind the cache')
  } finally {
    sqlite.prepare('update posts set title = ? where slug = ?').run(originalTitle, slug)
    sqlite.close()
  }
})

test('greeting variants are cached separately; the first-visit page sets no cookie, its hidden image does', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const firstVisit = await request.get('/memantine-for-fibromyalgia', { headers: { cookie: '' } })
  // A page any shared cache may keep (docs/decisions/0026-shared-caches.md): briefly, tagged, no cookie.
  expect(firstVisit.headers()['set-cookie']).toBeUndefined()
  expect(firstVisit.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400')
  // Its tags are the ones the page read, its own comments included (recorded by lib/http/isr-cache-handler.mjs).
  expect(firstVisit.headers()['cache-tag']?.split(',')).toEqual(expect.arrayContaining(['spoonpress', 'site', 'posts']))
  expect(firstVisit.headers()['cache-tag']).toMatch(/(^|,)comments:\d+(,|$)/)
  const firstHtml = await firstVisit.text()
  expect(firstHtml).toContain('data-greeting="first"')
  const beaconPath = firstHtml.match(/<img src="([^"]+)"[^>]*data-returning-beacon/)?.[1]
  expect(beaconPath).toBe('/api/returning')
  const beacon = await request.get(beaconPath ?? '', { headers: { cookie: '' } })
  expect(beacon.headers()['set-cookie']).toContain('sp_returning=1')
  expect(beacon.headers()['cache-control']).toBe('private, no-store')

  const returning = await request.get('/memantine-for-fibromyalgia', { headers: { cookie: 'sp_returning=1' } })
  expect(returning.headers()['set-cookie']).toBeUndefined()
  const html = await returning.text()
  expect(html).toContain('data-greeting="returning"')
  expect(html).not.toContain('data-greeting="first"')
  expect(html).not.toContain('data-returning-beacon')
  // A reader's own page is never shared.
  const ownPage = await request.get('/memantine-for-fibromyalgia?replytocom=1', { headers: { cookie: 'sp_returning=1' } })
  expect(ownPage.headers()['cache-control']).toBe('private, no-store')
})

test('held comments leave the cached page alone; an approved one replaces it at once', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const { loadFormFields, postRawComment } = await import('./pages/raw-comment')
  const { setSettings, relaxedCommentRules, uniqueText } = await import('./fixtures')
  const slug = 'intracranial-hypertension-and-fibromyalgia'
  const reader = { cookie: 'sp_returning=1' }
  setSettings({ ...relaxedCommentRules, commentModerationFirst: true })
  await request.get(`/${slug}`, { headers: reader })
  expect((await request.get(`/${slug}`, { headers: reader })).headers()['x-spoonpress-cache']).toBe('HIT')

  const action = await loadFormFields(request, `/${slug}`)
  const held = uniqueText('held for moderation')
  const heldResponse = await postRawComment(request, `/${slug}`, action, {
    comment: held,
    author: 'Newcomer',
    email: `newcomer-${Date.now()}@example.com`,
    url: '',
  })
  expect(heldResponse.headers()['location']).toMatch(/\?unapproved=\d+/)
  const afterHeld = await request.get(`/${slug}`, { headers: reader })
  expect(afterHeld.headers()['x-spoonpress-cache']).toBe('HIT')
  expect(await afterHeld.text()).not.toContain(held)

  setSettings({ commentModerationFirst: false })
  const approved = uniqueText('approved straight away')
  await postRawComment(request, `/${slug}`, action, { comment: approved, author: 'Regular', email: `regular-${Date.now()}@example.com`, url: '' })
  const afterApproved = await request.get(`/${slug}`, { headers: reader })
  expect(afterApproved.headers()['x-spoonpress-cache']).toBe('MISS')
  expect(await afterApproved.text()).toContain(approved)
})

test('avatars are generated locally and cached for good', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const html = await (await request.get('/memantine-for-fibromyalgia')).text()
  const src = html.match(/<img src="(\/avatar\/[a-f0-9]+)"/)?.[1]
  expect(src).toBeTruthy()
  const avatar = await request.get(src ?? '')
  expect(avatar.headers()['content-type']).toContain('image/svg+xml')
  expect(avatar.headers()['cache-control']).toContain('immutable')
  expect(await avatar.text()).toMatch(/^<svg/)
})
