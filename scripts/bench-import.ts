import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs'
import { once } from 'node:events'
import path from 'node:path'
import { wxrAuthor, wxrCategory, wxrHead, wxrItem, wxrTail, type ExportItem } from '../lib/wxr/write'

// `npm run bench:import [-- --big]`: writes a WordPress export of 10,000 posts and 100,000 threaded
// comments, imports it into a throwaway database in .bench-import/ in a child process, and prints the
// import's time and peak memory (budget: < 60 s, < 300 MB). With --big it also imports a generated
// export of about 200 MB (long bodies) to show memory stays flat as the file grows.
// The child (`--child FILE`) is this script again, so its peak RSS is the import's alone.

const benchDir = path.resolve('.bench-import')

async function generate(file: string, posts: number, commentsPerPost: number, bodyBytes: number): Promise<void> {
  const out = createWriteStream(file)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(wxrHead({ title: 'Bench blog', link: 'https://bench.example', description: '', language: 'en', generatedAt: new Date(0) }))
  await write(wxrAuthor({ id: 1, login: 'writer', email: 'writer@bench.example', displayName: 'Writer' }))
  for (let category = 1; category <= 20; category++)
    await write(
      wxrCategory({
        id: category,
        slug: `topic-${category}`,
        parentSlug: category > 10 ? `topic-${category - 10}` : '',
        name: `Topic ${category}`,
        description: '',
      }),
    )
  const paragraph =
    'Pacing is the quiet skill nobody teaches you. I plan the week around the things that matter most and leave room for the days that go sideways. '
  const body = paragraph
    .repeat(Math.max(1, Math.ceil(bodyBytes / paragraph.length)))
    .slice(0, bodyBytes)
    .replace(/\. /g, '.\n\n')
  let commentId = 1
  for (let post = 1; post <= posts; post++) {
    const comments: ExportItem['comments'] = []
    const first = commentId
    for (let index = 0; index < commentsPerPost; index++) {
      // Threaded: each comment answers an earlier one in the same post about half the time.
      const parentId = index > 0 && index % 2 === 1 ? first + Math.floor((index - 1) / 2) : 0
      comments.push({
        id: commentId++,
        authorName: `Reader ${index}`,
        authorEmail: `reader${index}@bench.example`,
        authorUrl: '',
        authorIp: '127.0.0.1',
        createdAt: Date.UTC(2020, 0, 1) + post * 60_000 + index,
        body: `A thoughtful reply number ${index}.`,
        status: 'approved',
        type: 'comment',
        parentId,
        userId: 0,
      })
    }
    const publishedAt = Date.UTC(2015, 0, 1) + post * 3_600_000
    await write(
      wxrItem({
        id: 100 + post,
        title: `Post number ${post}`,
        link: `https://bench.example/${new Date(publishedAt).toISOString().slice(0, 10).replace(/-/g, '/')}/post-number-${post}/`,
        guid: `https://bench.example/?p=${100 + post}`,
        creator: 'writer',
        content: body,
        excerpt: '',
        publishedAt,
        modifiedAt: publishedAt,
        commentStatus: 'open',
        slug: `post-number-${post}`,
        status: 'published',
        parentId: 0,
        menuOrder: 0,
        postType: 'post',
        password: '',
        isSticky: false,
        attachmentUrl: '',
        terms: [{ domain: 'category', slug: `topic-${(post % 20) + 1}`, name: `Topic ${(post % 20) + 1}` }],
        meta: [],
        comments,
      }),
    )
  }
  await write(wxrTail())
  out.end()
  await once(out, 'finish')
}

type Measured = { seconds: number; peakMb: number; report: string }

function importInChild(file: string, name: string): Measured {
  const dataDir = path.join(benchDir, name)
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  const result = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--child', file], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`The import failed:\n${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Measured
}

async function child(file: string) {
  const { importWxrFile } = await import('../lib/server/import/run')
  const { formatImportReport } = await import('../lib/wxr/report')
  const { closeDatabase } = await import('../db/client')
  const started = performance.now()
  const report = await importWxrFile(file)
  const seconds = (performance.now() - started) / 1000
  closeDatabase()
  // maxRSS is in kilobytes: the whole process's peak, Node and tsx included.
  const peakMb = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ seconds, peakMb, report: formatImportReport(report).split('\n').slice(0, 12).join('\n') }))
}

async function main() {
  mkdirSync(benchDir, { recursive: true })
  const file = path.join(benchDir, 'bench-10k-posts-100k-comments.xml')
  let started = performance.now()
  await generate(file, Number(process.env.BENCH_IMPORT_POSTS ?? 10_000), 10, 1_500)
  console.log(`Generated ${file}: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const measured = importInChild(file, 'regular')
  console.log(measured.report)
  console.log(
    `Import of 10,000 posts and 100,000 threaded comments: ${measured.seconds.toFixed(1)} s, peak memory ${measured.peakMb.toFixed(0)} MB (budget < 60 s, < 300 MB)`,
  )
  const isWithinBudget = measured.seconds < 60 && measured.peakMb < 300

  if (process.argv.includes('--big')) {
    const big = path.join(benchDir, 'bench-200mb.xml')
    started = performance.now()
    await generate(big, 20_000, 0, 10_000)
    console.log(`Generated ${big}: ${(statSync(big).size / 1024 / 1024).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    const bigMeasured = importInChild(big, 'big')
    console.log(
      `Import of the ${(statSync(big).size / 1024 / 1024).toFixed(0)} MB export: ${bigMeasured.seconds.toFixed(1)} s, peak memory ${bigMeasured.peakMb.toFixed(0)} MB`,
    )
    rmSync(big, { force: true })
  }
  if (!process.env.BENCH_IMPORT_KEEP) rmSync(benchDir, { recursive: true, force: true })
  if (!isWithinBudget) process.exitCode = 1
}

const childIndex = process.argv.indexOf('--child')
if (childIndex >= 0) await child(process.argv[childIndex + 1] ?? '')
else await main()
