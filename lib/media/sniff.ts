// What an upload really is, from its bytes alone: the browser's Content-Type and the file name are
// chosen by the sender. SVG is never accepted: it is a document that can carry script.

export type ImageMimeType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp'
export type ImageExtension = 'png' | 'jpg' | 'gif' | 'webp'
export type SniffedImage = { mimeType: ImageMimeType; extension: ImageExtension }
export type ImageDimensions = { width: number; height: number }

export const maxUploadBytes = 8 * 1024 * 1024

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function startsWith(bytes: Uint8Array, expected: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + expected.length) return false
  return expected.every((byte, index) => bytes[offset + index] === byte)
}

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0))
}

function isWebP(bytes: Uint8Array): boolean {
  // RIFF <size> WEBP, then the first chunk: "VP8 " (lossy), "VP8L" (lossless) or "VP8X" (extended).
  if (!startsWith(bytes, ascii('RIFF')) || !startsWith(bytes, ascii('WEBPVP8'), 8)) return false
  const variant = bytes[15]
  return variant === 0x20 || variant === 0x4c || variant === 0x58
}

export function sniffImageType(bytes: Uint8Array): SniffedImage | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return { mimeType: 'image/png', extension: 'png' }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: 'image/jpeg', extension: 'jpg' }
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { mimeType: 'image/gif', extension: 'gif' }
  if (isWebP(bytes)) return { mimeType: 'image/webp', extension: 'webp' }
  return null
}

function uint16BE(bytes: Uint8Array, offset: number): number | null {
  const high = bytes[offset]
  const low = bytes[offset + 1]
  return high === undefined || low === undefined ? null : (high << 8) | low
}

function uint16LE(bytes: Uint8Array, offset: number): number | null {
  const value = uint16BE(bytes, offset)
  return value === null ? null : ((value & 0xff) << 8) | (value >> 8)
}

function uint24LE(bytes: Uint8Array, offset: number): number | null {
  const low = uint16LE(bytes, offset)
  const high = bytes[offset + 2]
  return low === null || high === undefined ? null : low | (high << 16)
}

function uint32BE(bytes: Uint8Array, offset: number): number | null {
  const high = uint16BE(bytes, offset)
  const low = uint16BE(bytes, offset + 2)
  return high === null || low === null ? null : high * 0x10000 + low
}

function dimensions(width: number | null, height: number | null): ImageDimensions | null {
  if (width === null || height === null || width <= 0 || height <= 0) return null
  return { width, height }
}

function pngDimensions(bytes: Uint8Array): ImageDimensions | null {
  // The first chunk must be IHDR: length 13, then width and height as big-endian 32-bit numbers.
  if (!startsWith(bytes, ascii('IHDR'), 12)) return null
  return dimensions(uint32BE(bytes, 16), uint32BE(bytes, 20))
}

function gifDimensions(bytes: Uint8Array): ImageDimensions | null {
  // The logical screen descriptor follows the six-byte signature.
  return dimensions(uint16LE(bytes, 6), uint16LE(bytes, 8))
}

// Start-of-frame markers carry the size: C0 baseline, C1 extended, C2 progressive, C3 lossless and
// their arithmetic-coded twins. C4 (Huffman tables), C8 (reserved) and CC (arithmetic tables) do not.
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

function jpegDimensions(bytes: Uint8Array): ImageDimensions | null {
  // Walk the segments by their lengths (table data may contain 0xFF bytes, so never scan for markers).
  let offset = 2
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) return null
    // Any number of 0xFF fill bytes may precede a marker.
    while (bytes[offset] === 0xff) offset += 1
    const marker = bytes[offset]
    offset += 1
    if (marker === undefined) return null
    // Start of scan or end of image before any frame header: no size to read.
    if (marker === 0xda || marker === 0xd9) return null
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue
    const length = uint16BE(bytes, offset)
    if (length === null || length < 2) return null
    // Length (2), precision (1), then height and width.
    if (isStartOfFrame(marker)) return dimensions(uint16BE(bytes, offset + 5), uint16BE(bytes, offset + 3))
    offset += length
  }
  return null
}

function webpDimensions(bytes: Uint8Array): ImageDimensions | null {
  const data = 20
  switch (bytes[15]) {
    case 0x58: {
      // VP8X: flags (1), reserved (3), then canvas width and height minus one, 24-bit little-endian.
      const width = uint24LE(bytes, data + 4)
      const height = uint24LE(bytes, data + 7)
      return dimensions(width === null ? null : width + 1, height === null ? null : height + 1)
    }
    case 0x20: {
      // VP8 key frame: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
      if (!startsWith(bytes, [0x9d, 0x01, 0x2a], data + 3)) return null
      const width = uint16LE(bytes, data + 6)
      const height = uint16LE(bytes, data + 8)
      return dimensions(width === null ? null : width & 0x3fff, height === null ? null : height & 0x3fff)
    }
    case 0x4c: {
      // VP8L: the signature byte 0x2F, then width-1 and height-1 packed as 14 bits each.
      if (bytes[data] !== 0x2f) return null
      const low = uint16LE(bytes, data + 1)
      const high = uint16LE(bytes, data + 3)
      if (low === null || high === null) return null
      const packed = low + high * 0x10000
      return dimensions((packed & 0x3fff) + 1, ((packed >>> 14) & 0x3fff) + 1)
    }
    default:
      return null
  }
}

/** The pixel size written in the image's header, or null when the header is missing or damaged. */
export function imageDimensions(bytes: Uint8Array, mimeType: ImageMimeType): ImageDimensions | null {
  const sniffed = sniffImageType(bytes)
  if (sniffed?.mimeType !== mimeType) return null
  switch (mimeType) {
    case 'image/png':
      return pngDimensions(bytes)
    case 'image/gif':
      return gifDimensions(bytes)
    case 'image/jpeg':
      return jpegDimensions(bytes)
    case 'image/webp':
      return webpDimensions(bytes)
  }
}
