import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { registerSqlFunctions } from '../db/sql-functions'
import { multipartBody, multipartBoundary, readCommentForm } from '../e2e/comment-post'
import { lateScriptSources } from '../lib/http/first-paint'
import { lighthousePerformance, medianRun, type PerformanceRun } from '../e2e/lighthouse'

// `npm run bench`: measures the reader side against its budgets (docs/architecture.md, "Performance"), all on loopback and
// bounded in time. It builds if there is no build, seeds a throwaway database in .bench/, adds a post
// with 200 comments threaded five deep, starts `npm start` on it, and compares with a bare Node
// server sending the very same HTML from memory, with an empty page of the same build (/blank) as
// the floor for first-load JavaScript and Lighthouse, and with WordPress when WP_URL is given
// (README, "Benchmark"). Every figure of issue 15 is printed in one table at the end.
const benchDir = path.resolve('.bench')
const appPort = Number(process.env.BENCH_PORT ?? 3300)
const staticPort = appPort + 1
const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const connections = 10
const benchSlug = 'bench-two-hundred-comments'

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } })
}

function seedBenchPost(databaseFile: string) {
  const sqlite = new Database(databaseFile)
  registerSqlFunctions(sqlite)
  try {
    const author = sqlite.prepare('select id from authors order by id limit 1').get() as { id: number }
    const now = Date.now()
    const paragraph =
      'Pacing is the quiet skill nobody teaches you. I plan the week around the things that matter most and leave room for the days that go sideways.'
    const body = Array.from({ length: 12 }, (_, index) => `<h2>Part ${index + 1}</h2><p>${paragraph}</p><p>${paragraph}</p>`).join('')
    const post = sqlite
      .prepare(
        `insert into posts (type, status, title, slug, author_id, body, excerpt, published_at, comment_count, created_at, modified_at)
         values ('post', 'published', 'A long conversation about pacing', ?, ?, ?, 'Two hundred comments deep.', ?, 200, ?, ?) returning id`,
      )
      .get(benchSlug, author.id, body, now - 86_400_000, now, now) as { id: number }
    const insert = sqlite.prepare(
      `insert into comments (post_id, parent_id, author_name, author_email, author_url, body, status, created_at)
       values (?, ?, ?, ?, ?, ?, 'approved', ?) returning id`,
    )
    // 40 threads, each a chain of five (a comment and four nested replies): 200 comments, depth 5.
    sqlite.transaction(() => {
      let minute = 0
      for (let thread = 0; thread < 40; thread += 1) {
        let parentId: number | null = null
        for (let depth = 0; depth < 5; depth += 1) {
          minute += 7
          const row = insert.get(
            post.id,
            parentId,
            `Reader ${thread}-${depth}`,
            `reader${thread}.${depth}@example.com`,
            depth % 2 === 0 ? `https://example.com/reader-${thread}` : '',
            `This helped me a lot. I tried the spoon budget last month and https://example.com/notes was useful too.\n\nThank you for writing it down so plainly; on foggy days plain words matter.`,
            now - 86_400_000 + minute * 60_000,
          ) as { id: number }
          parentId = row.id
        }
      }
    })()
  } finally {
    sqlite.close()
  }
}

async function waitForServer(url: string, timeoutMs = 60_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not come up`)
}

type Measurement = { name: string; requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number }

async function measure(name: string, url: string, headers: Record<string, string> = {}, duration = seconds): Promise<Measurement> {
  const result = await autocannon({ url, connections, duration, headers })
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

// Posts sent before either side's posting is measured, and not counted: Node compiles the posting
// path over its first several hundred runs (WordPress's PHP comes compiled from opcache), and a
// running site is warm. With 200, three runs of 2,000 in a row still sped up from the first to the
// third; both sides get the same.
const postingWarmUp = 600

// A posting run is a fixed number of posts, not a fixed time: its rate is the posts over the time
// from the first request to the last answer, both sides timed the same way. (autocannon's own
// duration ends at its next whole-second sample after the last answer: 2,000 posts answered in
// 5.1 s read as 6 s, 333/s where the rate was 392/s.)
async function timedPostingRun(options: autocannon.Options): Promise<{ result: autocannon.Result; postsPerSecond: number }> {
  const startedAt = performance.now()
  let lastAnswerAt = startedAt
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)))
    run.on('response', () => {
      lastAnswerAt = performance.now()
    })
  })
  return { result, postsPerSecond: Math.round(result.requests.total / Math.max((lastAnswerAt - startedAt) / 1000, 0.01)) }
}

// The no-JavaScript form post, as a browser sends it: multipart with the action's hidden fields,
// including the server-signed fill-time stamp the page was rendered with.
// Flood and fill-time checks are switched off in the bench database (every request comes from one
// address, instantly); first comments are held for moderation as on a fresh blog, so this measures
// validation, the moderation look-ups and the insert transaction (with the "please moderate" email
// it queues, capped per hour).
async function benchCommentPosting(origin: string, databaseFile: string) {
  const sqlite = new Database(databaseFile)
  const upsert = sqlite.prepare('insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value')
  upsert.run('commentFloodSeconds', '0')
  upsert.run('commentMinFillSeconds', '0')
  sqlite.close()

  const postPath = '/start-here'
  const hidden = await readCommentForm(origin, postPath)
  const marker = `bench-${Date.now()}`
  const sent = 2000
  const post = (amount: number, text: string) => {
    let counter = 0
    return timedPostingRun({
      url: `${origin}${postPath}`,
      connections: 8,
      amount,
      method: 'POST',
      // As a browser posts the form: with its Origin (checked against the Host).
      headers: { 'content-type': `multipart/form-data; boundary=${multipartBoundary}`, origin },
      requests: [
        {
          setupRequest: (request) => {
            counter += 1
            return {
              ...request,
              body: multipartBody({
                ...hidden,
                comment: `${text} comment number ${counter}`,
                author: `Bench ${counter}`,
                email: `bench${counter}@example.com`,
                url: '',
              }),
            }
          },
        },
      ],
    })
  }
  await post(postingWarmUp, `${marker}-warm-up`)
  const { result, postsPerSecond } = await post(sent, marker)
  const check = new Database(databaseFile)
  const stored = (check.prepare('select count(*) as count from comments where body like ?').get(`${marker} %`) as { count: number }).count
  const distinct = (check.prepare('select count(distinct body) as count from comments where body like ?').get(`${marker} %`) as { count: number }).count
  check.close()
  const failed = result.non2xx - (result.statusCodeStats?.['303']?.count ?? 0) + result.errors
  return {
    sent,
    stored: stored === distinct ? stored : -1,
    failed,
    requestsPerSecond: postsPerSecond,
    p50: result.latency.p50,
    p99: result.latency.p99,
  }
}

async function firstLoadJavaScript(html: string, origin: string) {
  // Script tags, and the chunks reader pages start after their first paint (lib/http/first-paint.ts).
  const tagged = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((match) => !/noModule/i.test(match[0])).map((match) => match[1] ?? '')
  const unique = [...new Set([...tagged, ...lateScriptSources(html)])]
  let rawBytes = 0
  let gzipBytes = 0
  for (const source of unique) {
    const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer())
    rawBytes += body.length
    gzipBytes += gzipSync(body).length
  }
  return { files: unique.length, rawBytes, gzipBytes }
}

function previewModeId(): string {
  const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as { preview: { previewModeId: string } }
  return manifest.preview.previewModeId
}

// WordPress alongside (README, "Benchmark"): WP_URL is its origin, WP_POST_PATH the same 200-comment
// post there (e.g. /?p=12), WP_POST_ID that post's id for its comment form (read from WP_POST_PATH's
// ?p= when not given). Its comment flood check must be off, as ours is in the bench database.
type WordPress = { origin: string; postPath: string; postId: string; homePath: string; archivePath: string | null }

function wordPressFromEnv(): WordPress | null {
  const origin = process.env.WP_URL?.replace(/\/+$/, '')
  if (!origin) return null
  const postPath = process.env.WP_POST_PATH
  if (!postPath) throw new Error('WP_URL is set: also set WP_POST_PATH to the 200-comment post there (e.g. /?p=12)')
  const postId = process.env.WP_POST_ID ?? new URL(postPath, origin).searchParams.get('p') ?? ''
  if (!/^\d+$/.test(postId)) throw new Error('set WP_POST_ID to the id of the WordPress post at WP_POST_PATH')
  return { origin, postPath, postId, homePath: process.env.WP_HOME_PATH ?? '/', archivePath: process.env.WP_ARCHIVE_PATH ?? null }
}

// WordPress's comment form posts to wp-comments-post.php and answers a stored comment with a 302.
async function benchWordPressCommentPosting(wordPress: WordPress) {
  const sent = 500
  const marker = `bench-${Date.now()}`
  const post = (amount: number, text: string) => {
    let counter = 0
    return timedPostingRun({
      url: `${wordPress.origin}/wp-comments-post.php`,
      connections: 8,
      amount,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: wordPress.origin },
      requests: [
        {
          setupRequest: (request) => {
            counter += 1
            const body = new URLSearchParams({
              comment_post_ID: wordPress.postId,
              comment_parent: '0',
              comment: `${text} comment number ${counter}`,
              author: `Bench ${counter}`,
              email: `bench${counter}@example.com`,
              url: '',
            })
            return { ...request, body: body.toString() }
          },
        },
      ],
    })
  }
  await post(postingWarmUp, `${marker}-warm-up`)
  const { result, postsPerSecond } = await post(sent, marker)
  const accepted = result.statusCodeStats?.['302']?.count ?? 0
  return {
    sent,
    stored: accepted,
    failed: sent - accepted,
    requestsPerSecond: postsPerSecond,
    p50: result.latency.p50,
    p99: result.latency.p99,
  }
}

type Lighthouse = { name: string; url: string; median: PerformanceRun; scores: number[] }

async function lighthouseMedian(name: string, url: string, runs: number): Promise<Lighthouse> {
  const done: PerformanceRun[] = []
  for (let run = 0; run < runs; run += 1) done.push(await lighthousePerformance(url))
  return { name, url, median: medianRun(done), scores: done.map((run) => run.score) }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ratio = (ours: number, theirs: number | undefined) => (theirs ? `${(ours / theirs).toFixed(2)}×` : '')

async function main() {
  const withLighthouse = !process.argv.includes('--no-lighthouse')
  const wordPress = wordPressFromEnv()
  if (!existsSync('.next/BUILD_ID')) run('npm', ['run', 'build'])
  rmSync(benchDir, { recursive: true, force: true })
  mkdirSync(benchDir, { recursive: true })
  run('npm', ['run', 'db:setup'], { DATA_DIR: benchDir })
  seedBenchPost(path.join(benchDir, 'spoonpress.db'))

  const origin = `http://127.0.0.1:${appPort}`
  const app: ChildProcess = spawn('npm', ['start'], {
    env: { ...process.env, DATA_DIR: benchDir, PORT: String(appPort), HOSTNAME: '127.0.0.1', SITE_URL: origin, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  })
  let staticServer: ReturnType<typeof createServer> | null = null
  try {
    await waitForServer(`${origin}/`)
    const postUrl = `${origin}/${benchSlug}`
    const html = await (await fetch(postUrl)).text()
    const commentCount = (html.match(/<li id="comment-\d+"/g) ?? []).length
    if (commentCount !== 200) throw new Error(`expected 200 comments on the bench post, found ${commentCount}`)

    const htmlBuffer = Buffer.from(html)
    staticServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(htmlBuffer.length) })
      response.end(htmlBuffer)
    })
    await new Promise<void>((resolve) => staticServer?.listen(staticPort, '127.0.0.1', resolve))

    const bypassFrontCache = { cookie: 'bench=1' }
    const renderFresh = { cookie: 'bench=1', 'x-prerender-revalidate': previewModeId() }
    // WordPress (no page cache) renders every request: its post and home figures sit beside our uncached ones.
    const wordPressPost = wordPress ? await measure('WordPress: post, 200 comments (renders every request)', `${wordPress.origin}${wordPress.postPath}`) : null
    const wordPressHome = wordPress ? await measure('WordPress: home (renders every request)', `${wordPress.origin}${wordPress.homePath}`) : null
    const results: (Measurement & { wordPress?: Measurement | null })[] = []
    results.push(await measure('bare Node server, same HTML', `http://127.0.0.1:${staticPort}/`))
    results.push(await measure('post, 200 comments, warm (front cache)', postUrl))
    results.push(await measure('post, 200 comments, warm, gzip (front cache)', postUrl, { 'accept-encoding': 'gzip' }))
    // Reading comfort (docs/decisions/0021): the cookie must keep the reader on the shared cached page.
    const comfort = { cookie: 'sp_comfort=theme-dim.size-large.focus-on' }
    await fetch(postUrl, { headers: comfort })
    const comfortState = (await fetch(postUrl, { headers: comfort })).headers.get('x-spoonpress-cache')
    if (comfortState !== 'HIT') throw new Error(`a comfort cookie should be served from the front cache, got ${comfortState}`)
    results.push(await measure('post, 200 comments, warm, comfort cookie (front cache)', postUrl, comfort))
    results.push(await measure('post, 200 comments, warm, comfort cookie, gzip (front cache)', postUrl, { ...comfort, 'accept-encoding': 'gzip' }))
    results.push(await measure('post, 200 comments, Next ISR cache only', postUrl, bypassFrontCache))
    const uncachedPost = { ...(await measure('post, 200 comments, rendered uncached', postUrl, renderFresh)), wordPress: wordPressPost }
    results.push(uncachedPost)
    results.push(await measure('home, warm (front cache)', `${origin}/`))
    const uncachedHome = { ...(await measure('home, rendered uncached', `${origin}/`, renderFresh)), wordPress: wordPressHome }
    results.push(uncachedHome)

    const posting = await benchCommentPosting(origin, path.join(benchDir, 'spoonpress.db'))
    const wordPressPosting = wordPress ? await benchWordPressCommentPosting(wordPress) : null
    const floorUrl = `${origin}/blank`
    const javascript = await firstLoadJavaScript(html, origin)
    const floorJavaScript = await firstLoadJavaScript(await (await fetch(floorUrl)).text(), origin)

    // Lighthouse last, on a quiet server: the pages as readers get them (from the front cache).
    const lighthouseRuns = 3
    const lighthouse: (Lighthouse & { wordPress?: Lighthouse })[] = []
    if (withLighthouse) {
      const archivePath = '/category/coping'
      lighthouse.push(await lighthouseMedian('empty Next page (floor)', floorUrl, lighthouseRuns))
      lighthouse.push({
        ...(await lighthouseMedian('home', `${origin}/`, lighthouseRuns)),
        ...(wordPress ? { wordPress: await lighthouseMedian('WordPress home', `${wordPress.origin}${wordPress.homePath}`, lighthouseRuns) } : {}),
      })
      lighthouse.push({
        ...(await lighthouseMedian('post, 200 comments', postUrl, lighthouseRuns)),
        ...(wordPress ? { wordPress: await lighthouseMedian('WordPress post', `${wordPress.origin}${wordPress.postPath}`, lighthouseRuns) } : {}),
      })
      lighthouse.push({
        ...(await lighthouseMedian('archive (a category)', `${origin}${archivePath}`, lighthouseRuns)),
        ...(wordPress?.archivePath
          ? { wordPress: await lighthouseMedian('WordPress archive', `${wordPress.origin}${wordPress.archivePath}`, lighthouseRuns) }
          : {}),
      })
    }

    const bare = results[0]?.requestsPerSecond ?? 1
    console.log('\nSpoonpress benchmark (%d connections, %d s each, loopback%s)\n', connections, seconds, wordPress ? `; WordPress at ${wordPress.origin}` : '')
    console.log(`| what | req/s | p50 ms | p99 ms | vs bare Node | errors/non-2xx |${wordPress ? ' WordPress req/s | p50 ms | p99 ms | vs WordPress |' : ''}`)
    console.log(`| --- | ---: | ---: | ---: | ---: | ---: |${wordPress ? ' ---: | ---: | ---: | ---: |' : ''}`)
    for (const row of results) {
      const theirs = row.wordPress
      console.log(
        `| ${row.name} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${(row.requestsPerSecond / bare).toFixed(2)} | ${row.errors}/${row.non2xx} |` +
          (wordPress
            ? theirs
              ? ` ${theirs.requestsPerSecond} | ${theirs.p50} | ${theirs.p99} | ${ratio(row.requestsPerSecond, theirs.requestsPerSecond)} |`
              : ' | | | |'
            : ''),
      )
    }
    for (const row of [wordPressPost, wordPressHome])
      if (row && row.errors + row.non2xx > 0) console.log(`(${row.name}: ${row.errors} errors, ${row.non2xx} non-2xx)`)

    const postingText = (figures: typeof posting) => `${figures.requestsPerSecond}/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms`
    const javascriptOver = javascript.gzipBytes - floorJavaScript.gzipBytes
    const issueRows: [string, string, string, string, string][] = [
      ['bare Node server, same HTML (req/s)', String(bare), '', '', 'reference'],
      ['post, 200 comments, warm (req/s)', String(results[1]?.requestsPerSecond ?? 0), '', '', 'at least 25% of bare Node, p99 under 20 ms'],
      ['post, 200 comments, Next ISR cache only (req/s)', String(results[5]?.requestsPerSecond ?? 0), '', '', ''],
      [
        'post, 200 comments, rendered uncached (req/s, p99)',
        `${uncachedPost.requestsPerSecond}, p99 ${uncachedPost.p99} ms`,
        wordPressPost ? `${wordPressPost.requestsPerSecond}, p99 ${wordPressPost.p99} ms` : '',
        ratio(uncachedPost.requestsPerSecond, wordPressPost?.requestsPerSecond),
        'at least 10× WordPress',
      ],
      [
        'home, rendered uncached (req/s)',
        String(uncachedHome.requestsPerSecond),
        wordPressHome ? String(wordPressHome.requestsPerSecond) : '',
        ratio(uncachedHome.requestsPerSecond, wordPressHome?.requestsPerSecond),
        '',
      ],
      [
        'posting comments, 8 in flight',
        postingText(posting),
        wordPressPosting ? postingText(wordPressPosting) : '',
        ratio(posting.requestsPerSecond, wordPressPosting?.requestsPerSecond),
        'at least 5× WordPress, p99 under 50 ms',
      ],
      [
        'comments stored',
        `${posting.stored} of ${posting.sent} (${posting.stored === posting.sent ? 'each exactly once' : 'MISMATCH'})`,
        wordPressPosting ? `${wordPressPosting.stored} of ${wordPressPosting.sent} accepted` : '',
        '',
        'every one exactly once',
      ],
      ['HTML of the post (raw / gzip)', `${kb(htmlBuffer.length)} / ${kb(gzipSync(htmlBuffer).length)}`, '', '', ''],
      [
        'first-load JavaScript of the post (gzip)',
        `${kb(javascript.gzipBytes)} (${javascript.files} files), empty page ${kb(floorJavaScript.gzipBytes)}: ${javascriptOver >= 0 ? '+' : ''}${kb(javascriptOver)}`,
        '',
        '',
        'within 10 KB of the empty page',
      ],
      ...lighthouse.map((row): [string, string, string, string, string] => [
        `Lighthouse mobile performance, ${row.name} (median of ${lighthouseRuns})`,
        `${row.median.score} (TBT ${row.median.totalBlockingTimeMs} ms, LCP ${row.median.largestContentfulPaintMs} ms; runs ${row.scores.join(', ')})` +
          // How fast this machine's CPU seemed: Lighthouse simulates a phone as 4× slower than the host,
          // so on a slow host even the empty page loses points (docs/architecture.md, "Performance").
          (row.name.includes('floor') ? `; host CPU benchmark index ${row.median.hostBenchmarkIndex}` : ''),
        row.wordPress ? `${row.wordPress.median.score} (TBT ${row.wordPress.median.totalBlockingTimeMs} ms; runs ${row.wordPress.scores.join(', ')})` : '',
        '',
        row.name.includes('floor') ? 'the floor' : 'at least 95',
      ]),
    ]
    console.log(`\nIssue 15 figures, one run${wordPress ? '' : ' (set WP_URL and WP_POST_PATH for the WordPress column)'}\n`)
    console.log('| figure | Spoonpress | WordPress | Spoonpress ÷ WordPress | target |')
    console.log('| --- | --- | --- | ---: | --- |')
    for (const row of issueRows) console.log(`| ${row.join(' | ')} |`)
    if (!withLighthouse) console.log('\n(Lighthouse left out: --no-lighthouse)')
    if (posting.stored !== posting.sent || posting.failed > 0) process.exitCode = 1
  } finally {
    staticServer?.close()
    if (app.pid) process.kill(-app.pid, 'SIGTERM')
  }
}

// 10,000 posts of generated prose (a fixed seed, so every run searches the same text), indexed by the
// search triggers as the editor's saves are. Like real text, word frequencies follow Zipf's law over
// 4,000 filler words (the commonest is in nearly every post, as "the" is; timed on its own as the
// worst case), and each topical word below is in a few hundred posts.
const topicalWords = (
  'spoon pacing rest fatigue flare energy budget sleep pain fog brain garden walk kitchen doctor appointment ' +
  'medication routine morning evening gentle stretch breathe calm heat cold weather friend family work careful plan week ' +
  'day night tired joy small habit journal notes river café naïve crème théorie résumé symptom relief kind patient'
).split(' ')
const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'pe', 'da', 'gu', 'ho', 'ji', 'be', 'fo', 'zu']
const fillerWords = Array.from(
  { length: 4000 },
  (_, index) => `${syllables[index % 16]}${syllables[Math.floor(index / 16) % 16]}${syllables[Math.floor(index / 256) % 16]}`,
)
const commonestWord = fillerWords[0] ?? 'kakaka'

function seedSearchPosts(databaseFile: string, count: number): number {
  let state = 42
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
  // exp(u · ln N) picks rank r with probability close to 1/r.
  const zipf = () => fillerWords[Math.floor(Math.exp(random() * Math.log(fillerWords.length))) - 1] ?? commonestWord
  const pick = (topical: number) => (random() < topical ? (topicalWords[Math.floor(random() * topicalWords.length)] ?? 'spoon') : zipf())
  const sentence = (length: number, topical = 0.004) => Array.from({ length }, () => pick(topical)).join(' ')
  const sqlite = new Database(databaseFile)
  registerSqlFunctions(sqlite)
  try {
    const author = sqlite.prepare('select id from authors order by id limit 1').get() as { id: number }
    const insert = sqlite.prepare(
      `insert into posts (type, status, title, slug, author_id, body, excerpt, published_at, created_at, modified_at)
       values ('post', 'published', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const started = performance.now()
    sqlite.transaction(() => {
      for (let index = 0; index < count; index += 1) {
        const body = Array.from({ length: 6 }, () => `<p>${sentence(50)}.</p>`).join('')
        const at = Date.now() - index * 3_600_000
        insert.run(`${sentence(6, 0.3)} ${index}`, `search-bench-${index}`, author.id, body, sentence(20, 0.02), at, at, at)
      }
    })()
    return performance.now() - started
  } finally {
    sqlite.close()
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0

async function benchBeingFound() {
  if (!existsSync('.next/BUILD_ID')) run('npm', ['run', 'build'])
  rmSync(benchDir, { recursive: true, force: true })
  mkdirSync(benchDir, { recursive: true })
  run('npm', ['run', 'db:setup'], { DATA_DIR: benchDir })
  const databaseFile = path.join(benchDir, 'spoonpress.db')
  const postCount = 10_000
  const indexMs = seedSearchPosts(databaseFile, postCount)

  // The app's own query (db/queries/search.ts) on that database, in this process.
  process.env.DATA_DIR = benchDir
  const { listSearchResults } = await import('../db/queries/search')
  const { buildMatchExpression } = await import('../lib/search/query')
  const queries = [
    'spoon',
    'pacing rest',
    '"gentle stretch"',
    'pac*',
    'cafe',
    'fatigue flare energy',
    'doctor appointment medication',
    'théorie',
    'night',
    'relief kind patient',
    'zzzz nothing',
    'fog*',
    '"brain fog" sleep',
    'garden walk',
    'NEAR(spoon',
  ]
  const time = async (list: string[], rounds: number) => {
    const samples: number[] = []
    for (let round = 0; round <= rounds; round += 1) {
      for (const query of list) {
        const started = performance.now()
        const match = buildMatchExpression(query)
        if (match) await listSearchResults(match, 1 + (round % 3), 10)
        if (round > 0) samples.push(performance.now() - started)
      }
    }
    return samples.sort((a, b) => a - b)
  }
  const samples = await time(queries, 40)
  // The worst case: a word in nearly every post, so bm25 scores all 10,000.
  const worst = await time([commonestWord], 100)
  const commonestCount = (await listSearchResults(`"${commonestWord}"`, 1, 1)).total
  const [{ closeDatabase }] = await Promise.all([import('../db/client')])
  closeDatabase()

  const origin = `http://127.0.0.1:${appPort}`
  const app: ChildProcess = spawn('npm', ['start'], {
    env: { ...process.env, DATA_DIR: benchDir, PORT: String(appPort), HOSTNAME: '127.0.0.1', SITE_URL: origin, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  })
  try {
    await waitForServer(`${origin}/`)
    const feed = await fetch(`${origin}/feed`)
    const etag = feed.headers.get('etag') ?? ''
    await fetch(`${origin}/sitemap.xml`)
    await fetch(`${origin}/search?q=pacing`)
    const duration = Math.min(seconds, 5)
    const results: Measurement[] = [
      await measure('/feed, warm (200, full content)', `${origin}/feed`, {}, duration),
      await measure('/feed, If-None-Match (304)', `${origin}/feed`, { 'if-none-match': etag }, duration),
      await measure('/feed/atom, warm', `${origin}/feed/atom`, {}, duration),
      await measure('/comments/feed, warm', `${origin}/comments/feed`, {}, duration),
      await measure(`/sitemap.xml, warm (${postCount + 100}+ URLs)`, `${origin}/sitemap.xml`, {}, duration),
      await measure('/search?q=pacing rest, whole page', `${origin}/search?q=pacing+rest`, {}, duration),
    ]
    console.log('\nSpoonpress "being found" benchmark (%d generated posts; HTTP: %d connections, %d s each, loopback)\n', postCount, connections, duration)
    console.log(
      `Indexing ${postCount} posts through the search triggers, one transaction: ${(indexMs / 1000).toFixed(1)} s (${Math.round(postCount / (indexMs / 1000))} posts/s)`,
    )
    console.log(
      `Search query (db/queries/search.ts, ${samples.length} runs of ${queries.length} queries, pages 1-3): ` +
        `p50 ${percentile(samples, 50).toFixed(2)} ms, p99 ${percentile(samples, 99).toFixed(2)} ms, max ${(samples.at(-1) ?? 0).toFixed(2)} ms (budget: p99 under 20 ms)`,
    )
    console.log(
      `Worst case, a word in ${commonestCount} of the posts (${worst.length} runs): p50 ${percentile(worst, 50).toFixed(2)} ms, p99 ${percentile(worst, 99).toFixed(2)} ms\n`,
    )
    console.log('| what | req/s | p50 ms | p99 ms | errors/non-2xx |')
    console.log('| --- | ---: | ---: | ---: | ---: |')
    for (const row of results) console.log(`| ${row.name} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors}/${row.non2xx} |`)
    if (percentile(samples, 99) >= 20) process.exitCode = 1
  } finally {
    if (app.pid) process.kill(-app.pid, 'SIGTERM')
  }
}

;(process.argv[2] === 'found' ? benchBeingFound() : main()).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
