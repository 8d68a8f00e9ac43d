import 'server-only'
import { env } from '@/lib/env'
import { openDatabase } from './client'
import { isDatabaseEmpty, seedDemoContent } from './seed'

// `npm run setup`: create and migrate the database, and seed the demo blog into an empty one.
const { db, sqlite } = openDatabase(env.databasePath)
if (isDatabaseEmpty(db)) {
  const counts = seedDemoContent(db)
  console.log(`Seeded the demo blog into ${env.databasePath}: ${counts.posts} posts, ${counts.pages} pages, ${counts.comments} comments.`)
} else {
  console.log(`Database ${env.databasePath} is up to date; it already has content, so nothing was seeded.`)
}
// Generate the session secret now, so the first `npm start` never races to create it.
void env.authSecret
sqlite.close()
