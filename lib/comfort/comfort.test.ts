import { describe, expect, it } from 'vitest'
import { comfortClasses, comfortFromForm, defaultComfort, parseComfort, readCookie, safeReturnPath, serializeComfort } from './comfort'

describe('reading comfort cookie', () => {
  it('writes only what differs from the default, in one spelling, and reads it back', () => {
    const comfort = { ...defaultComfort, theme: 'dim', size: 'larger', focus: 'on' } as const
    expect(serializeComfort(comfort)).toBe('size-larger.theme-dim.focus-on')
    expect(parseComfort('size-larger.theme-dim.focus-on')).toEqual(comfort)
    expect(serializeComfort(defaultComfort)).toBe('')
  })

  it('drops unknown settings, unknown choices and anything that could carry markup', () => {
    expect(parseComfort('theme-"><script>alert(1)</script>.size-huge.colour-red.spacing-wide')).toEqual({ ...defaultComfort, spacing: 'wide' })
    expect(parseComfort('-dim.theme.theme-')).toEqual(defaultComfort)
    expect(parseComfort(`theme-dim.${'x'.repeat(300)}`)).toEqual(defaultComfort)
    expect(parseComfort(undefined)).toEqual(defaultComfort)
  })

  it('turns choices into known class names only', () => {
    expect(comfortClasses(parseComfort('theme-contrast.motion-reduce.spacing-wide'))).toBe('comfort-spacing-wide comfort-theme-contrast comfort-motion-reduce')
    expect(comfortClasses(defaultComfort)).toBe('')
  })

  it('reads a submitted form, keeping the default for anything unknown', () => {
    const form: Record<string, unknown> = { size: 'large', theme: 'neon', focus: 'on', motion: ['reduce'] }
    expect(comfortFromForm((setting) => form[setting])).toEqual({ ...defaultComfort, size: 'large', focus: 'on' })
  })

  it('finds one cookie in a Cookie header', () => {
    expect(readCookie('sp_returning=1; sp_comfort=theme-dim', 'sp_comfort')).toBe('theme-dim')
    expect(readCookie('xsp_comfort=theme-dim', 'sp_comfort')).toBeUndefined()
    expect(readCookie(undefined, 'sp_comfort')).toBeUndefined()
  })

  it('returns only to a plain path on this site', () => {
    expect(safeReturnPath('/memantine-for-fibromyalgia', '/comfort')).toBe('/memantine-for-fibromyalgia')
    expect(safeReturnPath('/category/x?y=1', '/comfort')).toBe('/category/x?y=1')
    for (const hostile of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', 42, '/a b', '/caf\u00e9', '/a"b<'])
      expect(safeReturnPath(hostile, '/comfort')).toBe('/comfort')
  })
})
