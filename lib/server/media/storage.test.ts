import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

// Points DATA_DIR at a fresh temporary folder (the database file is never opened here).
openTemporaryDatabase()
const dataDir = process.env.DATA_DIR ?? ''
const { readUpload, removeUpload, saveUpload } = await import('./storage')
const { uploadFileNamePattern } = await import('@/lib/media/paths')

const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])

describe('upload storage', () => {
  it('writes under DATA_DIR/uploads/YYYY/MM with a fresh random name each time', async () => {
    const uploadedAt = new Date('2026-05-04T12:00:00Z')
    const first = await saveUpload(bytes, 'png', uploadedAt)
    const second = await saveUpload(bytes, 'png', uploadedAt)
    expect(first).toMatch(uploadFileNamePattern)
    expect(first.startsWith('2026/05/')).toBe(true)
    expect(second).not.toBe(first)
    const file = path.join(dataDir, 'uploads', first)
    expect(readFileSync(file)).toEqual(Buffer.from(bytes))
    // Readable and writable by this user only, never executable.
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(path.dirname(file)).mode & 0o077).toBe(0)
  })

  it('reads back what it wrote, and null for a missing upload', async () => {
    const fileName = await saveUpload(bytes, 'gif', new Date())
    expect(Array.from((await readUpload(fileName)) ?? [])).toEqual(Array.from(bytes))
    expect(await readUpload('2000/01/0000000000000000.gif')).toBeNull()
  })

  it('removes an upload, and removing it twice is harmless', async () => {
    const fileName = await saveUpload(bytes, 'webp', new Date())
    await removeUpload(fileName)
    expect(existsSync(path.join(dataDir, 'uploads', fileName))).toBe(false)
    await expect(removeUpload(fileName)).resolves.toBeUndefined()
  })

  it('refuses any name that is not an upload name, so nothing outside the folder is reachable', async () => {
    for (const fileName of ['../spoonpress.db', '2026/05/../../auth-secret', '/etc/passwd', '2026/05/0123456789abcdef.svg']) {
      await expect(readUpload(fileName)).rejects.toThrow('Not an upload file name')
      await expect(removeUpload(fileName)).rejects.toThrow('Not an upload file name')
    }
  })
})
