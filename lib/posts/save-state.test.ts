import { describe, expect, it } from 'vitest'
import { saveStateText } from './save-state'

describe('saveStateText', () => {
  const now = 1_800_000_000_000
  it('says how long ago the server last had everything', () => {
    expect(saveStateText({ kind: 'saved', at: now - 2_000, isLive: true }, now)).toBe('Saved just now')
    expect(saveStateText({ kind: 'saved', at: now - 10_400, isLive: true }, now)).toBe('Saved 10 s ago')
    expect(saveStateText({ kind: 'saved', at: now - 5 * 60_000, isLive: true }, now)).toBe('Saved 5 min ago')
    expect(saveStateText({ kind: 'saved', at: now - 3 * 3_600_000, isLive: true }, now)).toBe('Saved 3 h ago')
    expect(saveStateText({ kind: 'saved', at: now - 26 * 3_600_000, isLive: true }, now)).toBe('Saved 1 day ago')
  })
  it('says when an autosave is not what readers see yet', () => {
    expect(saveStateText({ kind: 'saved', at: now, isLive: false }, now)).toBe('Autosaved just now; readers see it when you press Update')
  })
  it('names every unsaved state plainly', () => {
    expect(saveStateText({ kind: 'new' }, now)).toBe('Not saved yet')
    expect(saveStateText({ kind: 'saving' }, now)).toBe('Saving…')
    expect(saveStateText({ kind: 'offline' }, now)).toBe('Not saved: offline')
    expect(saveStateText({ kind: 'failed', message: 'please check the title' }, now)).toBe('Not saved: please check the title')
  })
})
