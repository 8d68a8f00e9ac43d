import { describe, expect, it } from 'vitest'
import { postInput, quickDraftInput, readPostForm } from './schema'

function form(fields: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item)
  return data
}

const base = {
  type: 'post',
  intent: 'draft',
  title: 'Hello',
  slug: '',
  excerpt: '',
  body: '<p>x</p>',
  keyPoints: '',
  changeNote: '',
  lastReviewedOn: '',
  tags: '',
  scheduledAt: '',
}

describe('postInput', () => {
  it('reads categories, tags, key points and checkboxes from the form', () => {
    const parsed = postInput.parse(
      readPostForm(
        form({ ...base, categoryIds: ['3', '5'], tags: 'sleep, pacing ,sleep,, brain  fog', keyPoints: '• one\n- two\n\nthree', isAffiliate: 'on' }),
      ),
    )
    expect(parsed.categoryIds).toEqual([3, 5])
    expect(parsed.tags).toEqual(['sleep', 'pacing', 'brain fog'])
    expect(parsed.keyPoints).toEqual(['one', 'two', 'three'])
    expect(parsed.isAffiliate).toBe(true)
    expect(parsed.commentsOpen).toBe(false)
    expect(parsed.id).toBeNull()
  })

  it('wants 3 to 5 key points or none, and a known save button', () => {
    expect(postInput.safeParse(readPostForm(form({ ...base, keyPoints: 'one\ntwo' }))).success).toBe(false)
    expect(postInput.safeParse(readPostForm(form({ ...base, intent: 'delete-everything' }))).success).toBe(false)
    expect(postInput.safeParse(readPostForm(form({ ...base, id: '1 or 1=1' }))).success).toBe(false)
  })
})

describe('quickDraftInput', () => {
  it('takes a title, a few lines or both, trimmed', () => {
    expect(quickDraftInput.parse({ title: '  Tired today ', text: '' })).toEqual({ title: 'Tired today', text: '' })
    expect(quickDraftInput.parse({ title: '', text: 'Just a line.' })).toEqual({ title: '', text: 'Just a line.' })
  })
  it('refuses an empty draft with the message by the title, and over-long text by the text', () => {
    const empty = quickDraftInput.safeParse({ title: ' ', text: '\n' })
    expect(empty.success).toBe(false)
    expect(empty.error?.issues[0]).toMatchObject({ path: ['title'], message: 'Please write a title or a few lines.' })
    const long = quickDraftInput.safeParse({ title: 'Long', text: 'x'.repeat(20_001) })
    expect(long.error?.issues[0]?.path).toEqual(['text'])
  })
})
