import { describe, expect, it } from 'vitest'
import {
  addMenuTargetsInput,
  customLinkInput,
  isSafeMenuUrl,
  menuMessages,
  menuStructureInput,
  moveMenuItemInput,
  readAddTargetsForm,
  renameMenuItemInput,
} from './schema'

describe('isSafeMenuUrl', () => {
  it('accepts http(s) addresses and paths on this site', () => {
    for (const url of ['https://example.com', 'http://example.com/a?b=c#d', '/about', '/', '/category/coping']) expect(isSafeMenuUrl(url), url).toBe(true)
  })

  it('refuses scripts, other schemes, protocol-relative and relative addresses', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,hi',
      'mailto:a@example.com',
      '//evil.example',
      '/\\evil.example',
      'about',
      'https://',
      'java\tscript:alert(1)',
      '/a b',
    ]
    for (const url of unsafe) expect(isSafeMenuUrl(url), url).toBe(false)
  })
})

describe('customLinkInput', () => {
  it('trims and keeps a good link', () => {
    expect(customLinkInput.parse({ url: ' https://example.com/x ', label: ' Shop ' })).toEqual({ url: 'https://example.com/x', label: 'Shop' })
  })

  it('names the field at fault', () => {
    const result = customLinkInput.safeParse({ url: 'javascript:alert(1)', label: '' })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]))
    expect(messages).toEqual({ url: menuMessages.urlUnsafe, label: menuMessages.labelRequired })
    expect(customLinkInput.safeParse({ url: '', label: 'x' }).error?.issues[0]?.message).toBe(menuMessages.urlRequired)
  })
})

describe('item forms', () => {
  it('reads ids strictly and moves from a fixed list', () => {
    expect(moveMenuItemInput.parse({ id: '12', move: 'in' })).toEqual({ id: 12, move: 'in' })
    expect(moveMenuItemInput.safeParse({ id: '1e3', move: 'in' }).success).toBe(false)
    expect(moveMenuItemInput.safeParse({ id: '3', move: 'sideways' }).success).toBe(false)
  })

  it('allows an empty label (use the title) but not an endless one', () => {
    expect(renameMenuItemInput.parse({ id: '3', label: '  ' })).toEqual({ id: 3, label: '' })
    expect(renameMenuItemInput.safeParse({ id: '3', label: 'x'.repeat(201) }).success).toBe(false)
  })

  it("checks a custom link's address and wants its label, which has no title to fall back on", () => {
    expect(renameMenuItemInput.parse({ id: '3', label: 'Shop', url: ' /shop ' })).toEqual({ id: 3, label: 'Shop', url: '/shop' })
    const issues = renameMenuItemInput.safeParse({ id: '3', label: ' ', url: 'javascript:alert(1)' }).error?.issues ?? []
    expect(Object.fromEntries(issues.map((issue) => [String(issue.path[0]), issue.message]))).toEqual({
      url: menuMessages.urlUnsafe,
      label: menuMessages.labelRequired,
    })
  })

  it('reads every ticked box', () => {
    const form = new FormData()
    form.append('kind', 'page')
    form.append('targetId', '4')
    form.append('targetId', '9')
    expect(addMenuTargetsInput.parse(readAddTargetsForm(form))).toEqual({ kind: 'page', targetIds: [4, 9] })
    form.delete('targetId')
    expect(addMenuTargetsInput.safeParse(readAddTargetsForm(form)).error?.issues[0]?.message).toBe(menuMessages.nothingChosen)
  })
})

describe('menuStructureInput', () => {
  it('parses a JSON list of nodes', () => {
    const structure = JSON.stringify([
      { id: 1, parentId: null, position: 0 },
      { id: 2, parentId: 1, position: 0 },
    ])
    expect(menuStructureInput.parse({ structure }).structure).toEqual([
      { id: 1, parentId: null, position: 0 },
      { id: 2, parentId: 1, position: 0 },
    ])
  })

  it('refuses broken JSON and wrong shapes', () => {
    for (const structure of ['{', '{"id":1}', '[{"id":"1","parentId":null,"position":0}]', '[{"id":1,"parentId":null,"position":-1}]']) {
      expect(menuStructureInput.safeParse({ structure }).success, structure).toBe(false)
    }
  })
})
