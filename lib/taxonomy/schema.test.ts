import { describe, expect, it } from 'vitest'
import { mergeInput, readTermForm, termInput } from './schema'

function form(values: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.set(name, value)
  return data
}

describe('termInput', () => {
  it('trims the fields and reads empty ids as none', () => {
    const parsed = termInput.parse(readTermForm(form({ id: '', name: '  Pacing ', slug: ' ', parentId: '', description: ' Slow days ' })))
    expect(parsed).toEqual({ id: null, name: 'Pacing', slug: '', parentId: null, description: 'Slow days' })
  })

  it('requires a name, with the message on that field', () => {
    const result = termInput.safeParse(readTermForm(form({ name: '   ' })))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['name'])
  })

  it('refuses an id that is not a positive whole number', () => {
    expect(termInput.safeParse(readTermForm(form({ name: 'A', parentId: '-3' }))).success).toBe(false)
    expect(termInput.safeParse(readTermForm(form({ name: 'A', id: '1; drop table' }))).success).toBe(false)
  })
})

describe('mergeInput', () => {
  it('needs a target other than the source', () => {
    expect(mergeInput.safeParse({ id: '3', targetId: '4' }).success).toBe(true)
    const same = mergeInput.safeParse({ id: '3', targetId: '3' })
    expect(same.error?.issues[0]).toMatchObject({ path: ['targetId'], message: 'Please choose a different one to merge into.' })
    expect(mergeInput.safeParse({ id: '3', targetId: '' }).error?.issues[0]?.path).toEqual(['targetId'])
  })
})
