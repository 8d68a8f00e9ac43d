import { describe, expect, it } from 'vitest'
import { imageDimensions, maxUploadBytes, sniffImageType } from './sniff'

const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'))
const fromText = (text: string) => new TextEncoder().encode(text)
const bytes = (...parts: (number[] | Uint8Array | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? Array.from(fromText(part)) : Array.from(part))))

// Real 1x1 images, checked with file(1).
const png = fromBase64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')
const gif = fromBase64('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7')
// Progressive (SOF2), with a quantisation table full of 0xFF bytes before the frame header.
const progressiveJpeg = fromBase64(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
)
const lossyWebp = fromBase64('UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=')
const losslessWebp = fromBase64('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==')

// A baseline JPEG header (640x480) behind an Exif segment whose data holds marker-like bytes.
const baselineJpeg = bytes(
  [0xff, 0xd8],
  [0xff, 0xe1, 0x00, 0x0a],
  'Exif',
  [0x00, 0x00, 0xff, 0xc0],
  [0xff, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01],
  [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00],
  [0xff, 0xd9],
)

// An extended WebP (VP8X) for a 3000x2000 canvas: width-1 and height-1 as 24-bit little-endian.
const extendedWebp = bytes('RIFF', [0x16, 0, 0, 0], 'WEBPVP8X', [0x0a, 0, 0, 0], [0x10, 0, 0, 0], [0xb7, 0x0b, 0x00], [0xcf, 0x07, 0x00])

function pngOfSize(width: number, height: number): Uint8Array {
  const copy = png.slice()
  const view = new DataView(copy.buffer)
  view.setUint32(16, width)
  view.setUint32(20, height)
  return copy
}

describe('sniffImageType', () => {
  it('recognises real PNG, GIF, JPEG and WebP files by their bytes', () => {
    expect(sniffImageType(png)).toEqual({ mimeType: 'image/png', extension: 'png' })
    expect(sniffImageType(gif)).toEqual({ mimeType: 'image/gif', extension: 'gif' })
    expect(sniffImageType(progressiveJpeg)).toEqual({ mimeType: 'image/jpeg', extension: 'jpg' })
    expect(sniffImageType(baselineJpeg)).toEqual({ mimeType: 'image/jpeg', extension: 'jpg' })
    expect(sniffImageType(lossyWebp)).toEqual({ mimeType: 'image/webp', extension: 'webp' })
    expect(sniffImageType(losslessWebp)).toEqual({ mimeType: 'image/webp', extension: 'webp' })
    expect(sniffImageType(extendedWebp)).toEqual({ mimeType: 'image/webp', extension: 'webp' })
    expect(sniffImageType(bytes('GIF87a', [1, 0, 1, 0]))?.mimeType).toBe('image/gif')
  })

  it('refuses SVG, even with an XML declaration, a byte order mark or leading space', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    expect(sniffImageType(fromText(svg))).toBeNull()
    expect(sniffImageType(fromText(`<?xml version="1.0"?>\n${svg}`))).toBeNull()
    expect(sniffImageType(bytes([0xef, 0xbb, 0xbf], svg))).toBeNull()
    expect(sniffImageType(fromText(`   \n${svg}`))).toBeNull()
  })

  it('refuses an HTML page renamed .png, whatever it claims to be', () => {
    expect(sniffImageType(fromText('<!doctype html><title>x.png</title><script>alert(document.cookie)</script>'))).toBeNull()
    expect(sniffImageType(fromText('PNG <script>alert(1)</script>'))).toBeNull()
  })

  it('refuses empty and truncated input', () => {
    expect(sniffImageType(new Uint8Array())).toBeNull()
    expect(sniffImageType(png.slice(0, 7))).toBeNull()
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBeNull()
    expect(sniffImageType(bytes('GIF8'))).toBeNull()
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WEBP'))).toBeNull()
  })

  it('refuses other formats that share a container or a prefix', () => {
    expect(sniffImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull()
    expect(sniffImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP9 '))).toBeNull()
    expect(sniffImageType(bytes('GIF88a', [1, 0, 1, 0]))).toBeNull()
    expect(sniffImageType(bytes('BM', [0x3a, 0, 0, 0]))).toBeNull()
    expect(sniffImageType(bytes('%PDF-1.7'))).toBeNull()
    expect(sniffImageType(bytes([0, 0, 0, 0x18], 'ftypavif'))).toBeNull()
  })
})

describe('imageDimensions', () => {
  it('reads the size of each real 1x1 image', () => {
    expect(imageDimensions(png, 'image/png')).toEqual({ width: 1, height: 1 })
    expect(imageDimensions(gif, 'image/gif')).toEqual({ width: 1, height: 1 })
    expect(imageDimensions(progressiveJpeg, 'image/jpeg')).toEqual({ width: 1, height: 1 })
    expect(imageDimensions(lossyWebp, 'image/webp')).toEqual({ width: 1, height: 1 })
    expect(imageDimensions(losslessWebp, 'image/webp')).toEqual({ width: 1, height: 1 })
  })

  it('reads width and height the right way round', () => {
    expect(imageDimensions(pngOfSize(640, 480), 'image/png')).toEqual({ width: 640, height: 480 })
    expect(imageDimensions(pngOfSize(70000, 3), 'image/png')).toEqual({ width: 70000, height: 3 })
    expect(imageDimensions(bytes('GIF89a', [0x80, 0x02, 0xe0, 0x01]), 'image/gif')).toEqual({ width: 640, height: 480 })
    expect(imageDimensions(baselineJpeg, 'image/jpeg')).toEqual({ width: 640, height: 480 })
    expect(imageDimensions(extendedWebp, 'image/webp')).toEqual({ width: 3000, height: 2000 })
  })

  it('reads a lossy WebP key frame and a lossless header of any size', () => {
    const lossy = lossyWebp.slice()
    lossy.set([0x20, 0x03, 0x58, 0x42], 26) // 800 wide, 600 high with a scale of 1 in the top bits
    expect(imageDimensions(lossy, 'image/webp')).toEqual({ width: 800, height: 600 })
    const lossless = losslessWebp.slice()
    const packed = (1920 - 1) | ((1080 - 1) << 14)
    new DataView(lossless.buffer).setUint32(21, packed, true)
    expect(imageDimensions(lossless, 'image/webp')).toEqual({ width: 1920, height: 1080 })
  })

  it('gives null for headers that are missing, damaged or zero-sized', () => {
    expect(imageDimensions(new Uint8Array(), 'image/png')).toBeNull()
    expect(imageDimensions(png.slice(0, 8), 'image/png')).toBeNull()
    expect(imageDimensions(png.slice(0, 22), 'image/png')).toBeNull()
    expect(imageDimensions(pngOfSize(0, 1), 'image/png')).toBeNull()
    expect(imageDimensions(bytes('GIF89a', [1, 0]), 'image/gif')).toBeNull()
    expect(imageDimensions(lossyWebp.slice(0, 27), 'image/webp')).toBeNull()
    expect(imageDimensions(losslessWebp.slice(0, 22), 'image/webp')).toBeNull()
    expect(imageDimensions(extendedWebp.slice(0, 28), 'image/webp')).toBeNull()
  })

  it('gives null for a JPEG whose frame header never comes or is cut short', () => {
    expect(imageDimensions(bytes([0xff, 0xd8, 0xff, 0xd9]), 'image/jpeg')).toBeNull()
    expect(imageDimensions(bytes([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80]), 'image/jpeg')).toBeNull()
    expect(imageDimensions(baselineJpeg.slice(0, 20), 'image/jpeg')).toBeNull()
    expect(imageDimensions(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01]), 'image/jpeg')).toBeNull()
    expect(imageDimensions(bytes([0xff, 0xd8, 0x00, 0x00]), 'image/jpeg')).toBeNull()
    expect(imageDimensions(bytes([0xff, 0xd8, 0xff, 0xff, 0xff]), 'image/jpeg')).toBeNull()
  })

  it('skips markers that carry no length', () => {
    const withRestart = bytes([0xff, 0xd8, 0xff, 0xd0, 0xff, 0x01], baselineJpeg.slice(2))
    expect(imageDimensions(withRestart, 'image/jpeg')).toEqual({ width: 640, height: 480 })
  })

  it('gives null when the bytes are not the type asked about', () => {
    expect(imageDimensions(png, 'image/jpeg')).toBeNull()
    expect(imageDimensions(fromText('<svg width="10" height="10"/>'), 'image/png')).toBeNull()
  })
})

it('allows uploads up to 8 MB', () => {
  expect(maxUploadBytes).toBe(8 * 1024 * 1024)
})
