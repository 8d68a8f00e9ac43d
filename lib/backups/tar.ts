// The tar format (POSIX ustar) for backup archives: 512-byte headers, file data padded to 512 bytes,
// two empty blocks at the end. Only regular files, which is all a backup holds. Pure: the streaming
// around it is lib/server/backups/archive.ts.

export const BLOCK = 512

export type TarHeader = { path: string; size: number; mtimeMs: number; mode: number }

function writeString(block: Buffer, offset: number, length: number, value: string) {
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length > length) throw new Error(`tar: "${value}" is too long for its field`)
  bytes.copy(block, offset)
}

function writeOctal(block: Buffer, offset: number, length: number, value: number) {
  // length - 1 octal digits and a NUL.
  const digits = Math.floor(value).toString(8)
  if (digits.length > length - 1) throw new Error('tar: number too large for its field')
  writeString(block, offset, length, digits.padStart(length - 1, '0') + '\0')
}

/** One header block. Paths longer than 100 bytes use ustar's 155-byte prefix, split at a slash. */
export function encodeHeader(header: TarHeader): Buffer {
  const block = Buffer.alloc(BLOCK)
  let name = header.path
  let prefix = ''
  if (Buffer.byteLength(name) > 100) {
    const slash = name.lastIndexOf('/', name.length - 1)
    let cut = slash
    while (cut > 0 && Buffer.byteLength(name.slice(cut + 1)) > 100) cut = name.lastIndexOf('/', cut - 1)
    if (cut <= 0) throw new Error(`tar: the path ${header.path} is too long`)
    prefix = name.slice(0, cut)
    name = name.slice(cut + 1)
  }
  writeString(block, 0, 100, name)
  writeOctal(block, 100, 8, header.mode & 0o7777)
  writeOctal(block, 108, 8, 0)
  writeOctal(block, 116, 8, 0)
  writeOctal(block, 124, 12, header.size)
  writeOctal(block, 136, 12, Math.floor(header.mtimeMs / 1000))
  block.fill(0x20, 148, 156)
  block[156] = 0x30 // '0': a regular file
  writeString(block, 257, 6, 'ustar\0')
  writeString(block, 263, 2, '00')
  writeString(block, 345, 155, prefix)
  let sum = 0
  for (const byte of block) sum += byte
  writeOctal(block, 148, 7, sum)
  block[155] = 0x20
  return block
}

export function paddingFor(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK
}

function readString(block: Buffer, offset: number, length: number): string {
  const slice = block.subarray(offset, offset + length)
  const end = slice.indexOf(0)
  return slice.subarray(0, end === -1 ? length : end).toString('utf8')
}

function readOctal(block: Buffer, offset: number, length: number): number {
  const text = readString(block, offset, length).trim()
  if (!/^[0-7]*$/.test(text)) return Number.NaN
  return text === '' ? 0 : parseInt(text, 8)
}

/** null for an end-of-archive (all zero) block; throws on a damaged header or anything but a file. */
export function decodeHeader(block: Buffer): TarHeader | null {
  if (block.length !== BLOCK) throw new Error('tar: a header is cut short')
  if (block.every((byte) => byte === 0)) return null
  let sum = 0
  for (let index = 0; index < BLOCK; index += 1) sum += index >= 148 && index < 156 ? 0x20 : (block[index] ?? 0)
  if (readOctal(block, 148, 8) !== sum) throw new Error('tar: a header checksum does not match')
  if (readString(block, 257, 6) !== 'ustar') throw new Error('tar: not a ustar archive')
  const type = String.fromCharCode(block[156] ?? 0)
  if (type !== '0' && type !== '\0') throw new Error('tar: only regular files are expected in a backup')
  const prefix = readString(block, 345, 155)
  const name = readString(block, 0, 100)
  const size = readOctal(block, 124, 12)
  if (!Number.isSafeInteger(size) || size < 0) throw new Error('tar: a file size is not valid')
  return { path: prefix ? `${prefix}/${name}` : name, size, mtimeMs: readOctal(block, 136, 12) * 1000, mode: readOctal(block, 100, 8) }
}

/** A path inside an archive that stays inside the folder it is extracted into. */
export function isSafeArchivePath(entryPath: string): boolean {
  if (entryPath === '' || entryPath.startsWith('/') || entryPath.includes('\\') || entryPath.includes('\0')) return false
  return entryPath.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}
