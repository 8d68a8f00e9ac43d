import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { findPages, urlFor } from './editor-pages'
import { expect, openTestDatabase, test } from './fixtures'

// Strangers (no session) against the whole editor, enumerated from the code rather than listed by
// hand: every page file under app/(admin) (plus the draft preview), and every server action exported
// from app/(admin)/_actions, as recorded in the build's server-reference manifest.

function urlForIds(file: string, ids: { post: number; page: number }): string {
  return urlFor(file, (section) => (section === 'pages' ? ids.page : ids.post))
}

function snapshot(): string {
  const sqlite = openTestDatabase()
  try {
    const tables = [
      'posts',
      'revisions',
      'post_categories',
      'post_tags',
      'tags',
      'categories',
      'media',
      'comments',
      'settings',
      'menus',
      'menu_items',
      'subscribers',
      'outbox',
      'redirects',
      'authors',
      'import_jobs',
      'wordpress_attachments',
    ]
    const hash = createHash('sha256')
    for (const table of tables) hash.update(JSON.stringify(sqlite.prepare(`select * from ${table} order by rowid`).all()))
    return hash.digest('hex')
  } finally {
    sqlite.close()
  }
}

// A WordPress export the import action would accept.
const strangerExport = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>x</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Written by a stranger</title><wp:post_id>990001</wp:post_id><wp:post_name>stranger-import</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>`

function existingIds() {
  const sqlite = openTestDatabase()
  try {
    const post = sqlite.prepare("select id from posts where type = 'post' order by id limit 1").get() as { id: number }
    const page = sqlite.prepare("select id from posts where type = 'page' order by id limit 1").get() as { id: number }
    return { post: post.id, page: page.id }
  } finally {
    sqlite.close()
  }
}

test('every editor page sends a stranger to the login page', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const ids = existingIds()
  const files = [...findPages('app/(admin)'), 'app/(site)/preview/[id]/page.tsx']
  const urls = files.map((file) => urlForIds(file, ids))
  expect(urls).toEqual(
    expect.arrayContaining([
      '/admin',
      '/admin/posts',
      '/admin/posts/new',
      `/admin/posts/${ids.post}`,
      '/admin/media',
      '/admin/comments',
      '/admin/menus',
      '/admin/categories',
      '/admin/tags',
      '/admin/settings',
      '/admin/outbox',
    ]),
  )
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 0, headers: { cookie: '' } })
    expect(response.status(), url).toBeGreaterThanOrEqual(300)
    expect(response.status(), url).toBeLessThan(400)
    expect(response.headers()['location'] ?? '', url).toContain('/login')
  }
  // Route handlers under the editor (the CSV export) answer 401 rather than redirect.
  const handlers = findPages('app/(admin)', 'route.ts').map((file) => urlForIds(file, ids))
  expect(handlers).toEqual(expect.arrayContaining(['/admin/subscribers/export', '/admin/privacy/export']))
  for (const url of handlers) {
    const response = await request.get(url, { maxRedirects: 0, headers: { cookie: '' } })
    expect(response.status(), url).toBe(401)
    expect(await response.text(), url).not.toContain('@')
  }
})

test('every editor action refuses a stranger and changes nothing', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>
  }
  const actions = Object.entries(manifest.node).filter(([, entry]) => entry.filename?.startsWith('app/(admin)/_actions/'))
  const names = actions.map(([, entry]) => entry.exportedName)
  // Listed by hand as well, so an action that went missing from the manifest (or a new file under
  // another folder) is noticed rather than silently untested.
  expect(names).toEqual(
    expect.arrayContaining([
      'moderateCommentsAction',
      'replyAsAuthorAction',
      'editCommentAction',
      'uploadMediaAction',
      'updateMediaTextAction',
      'moveMenuItemAction',
      'renameMenuItemAction',
      'removeMenuItemAction',
      'addMenuTargetsAction',
      'addCustomLinkAction',
      'saveMenuStructureAction',
      'sendToSubscribersAction',
      'savePostAction',
      'autosavePostAction',
      'quickDraftAction',
      'trashPostAction',
      'restorePostAction',
      'restoreRevisionAction',
      'updateSettingsAction',
      'updateAuthorProfileAction',
      'deleteSubscriberAction',
      'importSubscribersAction',
      'saveCategoryAction',
      'deleteCategoryAction',
      'mergeCategoryAction',
      'saveTagAction',
      'deleteTagAction',
      'mergeTagAction',
      'changePasswordAction',
      'signOutEverywhereAction',
      'erasePersonalDataAction',
      'startImportAction',
    ]),
  )

  const ids = existingIds()
  const sqlite = openTestDatabase()
  const revision = sqlite.prepare('select id from revisions order by id limit 1').get() as { id: number } | undefined
  const media = sqlite.prepare('select id from media order by id limit 1').get() as { id: number } | undefined
  sqlite.close()
  const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  // A payload each action would accept: only the missing session stands in the way.
  const payload = {
    id: String(ids.post),
    type: 'post',
    intent: 'publish',
    title: 'Written by a stranger',
    slug: 'written-by-a-stranger',
    excerpt: '',
    body: '<p>stranger</p>',
    keyPoints: '',
    changeNote: '',
    lastReviewedOn: '',
    tags: 'stranger',
    scheduledAt: '',
    revisionId: String(revision?.id ?? 1),
    postId: String(ids.post),
    alt: 'A picture',
    caption: '',
    currentPassword: 'a calm and long test password',
    newPassword: 'a stranger chose this password',
    confirmPassword: 'a stranger chose this password',
    email: 'maren@example.com',
    confirm: 'on',
  }

  const before = snapshot()
  for (const [actionId, entry] of actions) {
    const route = Object.keys(entry.workers)[0] ?? 'app/(admin)/admin/page'
    const url = urlForIds(`${route}.tsx`, ids)
    const response = await request.post(url, {
      maxRedirects: 0,
      headers: { cookie: '' },
      multipart: {
        $ACTION_REF_1: '',
        '$ACTION_1:0': JSON.stringify({ id: actionId, bound: '$@1' }),
        '$ACTION_1:1': JSON.stringify([{ status: 'idle', fieldErrors: {}, values: {} }]),
        $ACTION_KEY: 'k0',
        ...payload,
        ...(entry.exportedName === 'updateMediaTextAction' ? { id: String(media?.id ?? 1) } : {}),
        file:
          entry.exportedName === 'importSubscribersAction'
            ? { name: 'subscribers.csv', mimeType: 'text/csv', buffer: Buffer.from('email,first_name\nstranger@example.com,Stranger\n') }
            : entry.exportedName === 'startImportAction'
              ? { name: 'export.xml', mimeType: 'application/xml', buffer: Buffer.from(strangerExport) }
              : { name: 'picture.png', mimeType: 'image/png', buffer: onePixelPng },
      },
    })
    // The gate throws: Next answers with its error page, never a redirect to the saved item.
    expect(response.status(), `${entry.exportedName} at ${url}`).toBe(500)
  }
  expect(snapshot()).toBe(before)
})
