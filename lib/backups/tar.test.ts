import { describe, expect, it } from 'vitest'
import { decodeHeader, encodeHeader, isSafeArchivePath, paddingFor } from './tar'

describe('tar headers', () => {
  it('round-trips a file header, long paths included', () => {
    const long = `uploads/${'a'.repeat(90)}/${'b'.repeat(60)}.jpg`
    for (const path of ['spoonpress.db', long]) {
      const header = { path, size: 123_456_789, mtimeMs: 1_764_660_000_000, mode: 0o600 }
      expect(decodeHeader(encodeHeader(header))).toEqual(header)
    }
  })

  it('reads an all-zero block as the end, and refuses a damaged header', () => {
    expect(decodeHeader(Buffer.alloc(512))).toBeNull()
    const block = encodeHeader({ path: 'manifest.json', size: 10, mtimeMs: 0, mode: 0o600 })
    block[130] = 0x37
    expect(() => decodeHeader(block)).toThrow(/checksum/)
  })

  it('pads data to whole blocks', () => {
    expect([0, 1, 511, 512, 513].map(paddingFor)).toEqual([0, 511, 1, 0, 511])
  })

  it('accepts only paths that stay inside the folder', () => {
    expect(['spoonpress.db', 'uploads/2026/12/a.jpg'].map(isSafeArchivePath)).toEqual([true, true])
    expect(['../etc/passwd', '/etc/passwd', 'uploads/../../x', 'a//b', ''].map(isSafeArchivePath)).toEqual([false, false, false, false, false])
  })
})
