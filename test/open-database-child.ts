import { openDatabase } from '../db/client'

// Opens (creates and migrates) the database named on the command line at the given moment (epoch ms)
// and exits: db/client.test.ts starts several at once to show that they do not race on migrations.
const file = process.argv[2]
const startAt = Number(process.argv[3] ?? 0)
if (!file) throw new Error('usage: open-database-child.ts FILE [START_AT_MS]')
while (Date.now() < startAt) {
  // Spin until the common start, so every process opens the file in the same few milliseconds.
}
const { sqlite } = openDatabase(file)
sqlite.close()
