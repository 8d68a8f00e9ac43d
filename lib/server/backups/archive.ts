import 'server-only'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { createGunzip, createGzip, type Gzip } from 'node:zlib'
import Database from 'better-sqlite3'
import { BLOCK, decodeHeader, encodeHeader, isSafeArchivePath, paddingFor } from '@/lib/backups/tar'

// Backups and restores (docs/decisions/0018). A backup is one .tar.gz holding a consistent snapshot
// of the database (VACUUM INTO: one read transaction, so it is whole even while comments are being
// written, and it never restarts under load as the page-by-page backup API would), the uploads, the
// generated secrets (so sessions and unsubscribe links stay valid after a restore), and last a
// manifest of every file with its size and SHA-256. It is verified after writing (read back, every
// file checked against the manifest, PRAGMA integrity_check on the snapshot) before it gets its name.

export class BackupError extends Error {}

const DATABASE_ENTRY = 'spoonpress.db'
const MANIFEST_ENTRY = 'manifest.json'
const SECRET_FILE = /^[a-z][a-z-]*-secret$/

type ManifestFile = { path: string; size: number; sha256: string }
export type BackupManifest = { format: 'spoonpress-backup'; version: 1; createdAt: number; files: ManifestFile[] }

export type BackupSources = { databasePath: string; dataDir: string }

async function listFiles(root: string, prefix: string): Promise<{ entry: string; file: string }[]> {
  if (!existsSync(root)) return []
  const found: { entry: string; file: string }[] = []
  for (const item of await readdir(root, { withFileTypes: true })) {
    const file = path.join(root, item.name)
    const entry = `${prefix}/${item.name}`
    if (item.isDirectory()) found.push(...(await listFiles(file, entry)))
    else if (item.isFile()) found.push({ entry, file })
  }
  return found.sort((a, b) => a.entry.localeCompare(b.entry))
}

function integrityOf(file: string): string {
  const check = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const rows = check.pragma('integrity_check') as { integrity_check: string }[]
    return rows.map((row) => row.integrity_check).join('; ')
  } finally {
    check.close()
  }
}

async function write(stream: Gzip, chunk: Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain')
}

/** Writes, verifies and names a backup; returns its size. Nothing is left at `target` if it fails. */
export async function createBackup(target: string, sources: BackupSources, now = Date.now()): Promise<{ bytes: number; files: number }> {
  const folder = path.dirname(path.resolve(target))
  await mkdir(folder, { recursive: true, mode: 0o700 })
  const staging = await mkdtemp(path.join(folder, '.backup-'))
  const partial = path.join(staging, 'archive.tar.gz')
  try {
    const snapshot = path.join(staging, DATABASE_ENTRY)
    const source = new Database(sources.databasePath, { readonly: true, fileMustExist: true })
    try {
      source.pragma('busy_timeout = 10000')
      source.prepare('vacuum into ?').run(snapshot)
    } finally {
      source.close()
    }
    const integrity = integrityOf(snapshot)
    if (integrity !== 'ok') throw new BackupError(`The database snapshot failed its integrity check: ${integrity}`)

    const secrets = existsSync(sources.dataDir)
      ? (await readdir(sources.dataDir, { withFileTypes: true }))
          .filter((item) => item.isFile() && SECRET_FILE.test(item.name))
          .map((item) => ({ entry: item.name, file: path.join(sources.dataDir, item.name) }))
      : []
    const files = [{ entry: DATABASE_ENTRY, file: snapshot }, ...secrets, ...(await listFiles(path.join(sources.dataDir, 'uploads'), 'uploads'))]

    const gzip = createGzip()
    const out = createWriteStream(partial, { mode: 0o600 })
    gzip.pipe(out)
    const manifest: BackupManifest = { format: 'spoonpress-backup', version: 1, createdAt: now, files: [] }
    for (const { entry, file } of files) {
      const info = await stat(file)
      await write(gzip, encodeHeader({ path: entry, size: info.size, mtimeMs: info.mtimeMs, mode: 0o600 }))
      const hash = createHash('sha256')
      let size = 0
      // Exactly the size in the header: a file that grows meanwhile is cut at it, one that shrinks fails.
      if (info.size > 0) {
        for await (const chunk of createReadStream(file, { end: info.size - 1 }) as AsyncIterable<Buffer>) {
          hash.update(chunk)
          size += chunk.length
          await write(gzip, chunk)
        }
      }
      if (size !== info.size) throw new BackupError(`${entry} changed while it was being copied; please try again`)
      await write(gzip, Buffer.alloc(paddingFor(size)))
      manifest.files.push({ path: entry, size, sha256: hash.digest('hex') })
    }
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2))
    await write(gzip, encodeHeader({ path: MANIFEST_ENTRY, size: manifestBytes.length, mtimeMs: now, mode: 0o600 }))
    await write(gzip, Buffer.concat([manifestBytes, Buffer.alloc(paddingFor(manifestBytes.length)), Buffer.alloc(BLOCK * 2)]))
    gzip.end()
    await once(out, 'close')

    await verifyBackup(partial)
    await rename(partial, target)
    return { bytes: (await stat(target)).size, files: manifest.files.length }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/**
 * Unpacks an archive into `folder` (which must exist), checking every file against the manifest and
 * the database with PRAGMA integrity_check. Throws a BackupError with a plain message on anything wrong.
 */
async function unpackVerified(file: string, folder: string): Promise<BackupManifest> {
  const found = new Map<string, { size: number; sha256: string }>()
  let manifestText = ''
  let hasEnded = false
  try {
    let buffer: Buffer = Buffer.alloc(0)
    let current: { path: string; remaining: number; padding: number; hash: ReturnType<typeof createHash>; out: WriteStream | null; size: number } | null = null
    let skip = 0
    for await (const chunk of createReadStream(file).pipe(createGunzip()) as AsyncIterable<Buffer>) {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk])
      for (;;) {
        if (hasEnded) {
          buffer = Buffer.alloc(0)
          break
        }
        if (skip > 0) {
          const skipped = Math.min(skip, buffer.length)
          buffer = buffer.subarray(skipped)
          skip -= skipped
          if (skip > 0) break
        }
        if (current) {
          const taken = buffer.subarray(0, Math.min(current.remaining, buffer.length))
          buffer = buffer.subarray(taken.length)
          current.remaining -= taken.length
          current.hash.update(taken)
          if (current.out) {
            if (!current.out.write(taken)) await once(current.out, 'drain')
          } else manifestText += taken.toString('utf8')
          if (current.remaining > 0) break
          if (current.out) {
            current.out.end()
            await once(current.out, 'close')
          }
          found.set(current.path, { size: current.size, sha256: current.hash.digest('hex') })
          skip = current.padding
          current = null
          continue
        }
        if (buffer.length < BLOCK) break
        const header = decodeHeader(buffer.subarray(0, BLOCK))
        buffer = buffer.subarray(BLOCK)
        if (!header) {
          hasEnded = true
          continue
        }
        if (!isSafeArchivePath(header.path) || found.has(header.path)) throw new BackupError(`it holds an unexpected file (${header.path})`)
        if (header.path === MANIFEST_ENTRY && header.size > 50 * 1024 * 1024) throw new BackupError('its manifest is too large')
        let out: WriteStream | null = null
        if (header.path !== MANIFEST_ENTRY) {
          const destination = path.join(folder, ...header.path.split('/'))
          await mkdir(path.dirname(destination), { recursive: true, mode: 0o700 })
          out = createWriteStream(destination, { mode: 0o600, flags: 'wx' })
        }
        current = { path: header.path, remaining: header.size, padding: paddingFor(header.size), hash: createHash('sha256'), out, size: header.size }
        if (header.size === 0) continue
      }
    }
    if (current || !hasEnded) throw new BackupError('it is cut short')
  } catch (error) {
    if (error instanceof BackupError) throw new BackupError(`This is not a usable Spoonpress backup: ${error.message}.`)
    const reason = error instanceof Error ? error.message.replace(/^tar: /, '') : String(error)
    throw new BackupError(`This is not a usable Spoonpress backup: it is damaged or not a backup archive (${reason}).`)
  }

  let manifest: BackupManifest
  try {
    manifest = JSON.parse(manifestText) as BackupManifest
  } catch {
    throw new BackupError('This is not a usable Spoonpress backup: its manifest is missing or unreadable.')
  }
  if (manifest.format !== 'spoonpress-backup' || manifest.version !== 1 || !Array.isArray(manifest.files)) {
    throw new BackupError('This is not a usable Spoonpress backup: its manifest is not one this version reads.')
  }
  for (const expected of manifest.files) {
    const actual = found.get(expected.path)
    if (!actual) throw new BackupError(`This is not a usable Spoonpress backup: ${expected.path} is missing from it.`)
    if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
      throw new BackupError(`This is not a usable Spoonpress backup: ${expected.path} does not match its recorded size and checksum.`)
    }
  }
  if (found.size !== manifest.files.length + 1) throw new BackupError('This is not a usable Spoonpress backup: it holds files its manifest does not list.')
  if (!found.has(DATABASE_ENTRY)) throw new BackupError('This is not a usable Spoonpress backup: it holds no database.')
  const integrity = integrityOf(path.join(folder, DATABASE_ENTRY))
  if (integrity !== 'ok') throw new BackupError(`This is not a usable Spoonpress backup: its database failed the integrity check (${integrity}).`)
  return manifest
}

/** Reads a whole archive back and checks it; throws a BackupError saying what is wrong. */
export async function verifyBackup(file: string): Promise<BackupManifest> {
  const folder = await mkdtemp(path.join(path.dirname(path.resolve(file)), '.verify-'))
  try {
    return await unpackVerified(file, folder)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

async function isEmptyFolder(folder: string): Promise<boolean> {
  return !existsSync(folder) || (await readdir(folder)).length === 0
}

/**
 * Restores a backup into `dataDir` (and the database to `databasePath`). Refuses a DATA_DIR that is
 * not empty unless `force`, and then moves what was there aside (returned) instead of deleting it.
 * The archive is unpacked and checked beside the target first: a damaged archive changes nothing.
 */
export async function restoreBackup(
  file: string,
  target: BackupSources & { force: boolean },
  now = Date.now(),
): Promise<{ keptAside: string[]; manifest: BackupManifest }> {
  if (!existsSync(file)) throw new BackupError(`There is no file at ${file}.`)
  const dataDir = path.resolve(target.dataDir)
  const databasePath = path.resolve(target.databasePath)
  const databaseInside = databasePath === path.join(dataDir, DATABASE_ENTRY)
  const isOccupied = !(await isEmptyFolder(dataDir)) || existsSync(databasePath)
  if (isOccupied && !target.force) {
    throw new BackupError(`${dataDir} is not empty. Restore into an empty DATA_DIR, or add --force to move what is there aside first.`)
  }
  await mkdir(path.dirname(dataDir), { recursive: true })
  const staging = await mkdtemp(path.join(path.dirname(dataDir), `.${path.basename(dataDir)}.restoring-`))
  let manifest: BackupManifest
  try {
    manifest = await unpackVerified(file, staging)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
  const stamp = new Date(now).toISOString().slice(0, 19).replace(/:/g, '-')
  const keptAside: string[] = []
  const moveAside = async (from: string) => {
    if (!existsSync(from)) return
    const aside = `${from}.before-restore-${stamp}`
    await rename(from, aside)
    keptAside.push(aside)
  }
  if (existsSync(dataDir)) {
    if (await isEmptyFolder(dataDir)) await rm(dataDir, { recursive: true })
    else await moveAside(dataDir)
  }
  if (!databaseInside) for (const suffix of ['', '-wal', '-shm']) await moveAside(`${databasePath}${suffix}`)
  await rename(staging, dataDir)
  await chmod(dataDir, 0o700)
  if (!databaseInside) {
    await mkdir(path.dirname(databasePath), { recursive: true, mode: 0o700 })
    await rename(path.join(dataDir, DATABASE_ENTRY), databasePath)
  }
  return { keptAside, manifest }
}
