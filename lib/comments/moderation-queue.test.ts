import { describe, expect, it } from 'vitest'
import {
  moderationInput,
  moderationSummary,
  operationsFor,
  outcomeMessage,
  planStatusChange,
  readModerationForm,
  safeReturnPath,
  withOutcome,
} from './moderation-queue'

describe('planStatusChange', () => {
  it('approves only a pending comment', () => {
    expect(planStatusChange({ status: 'pending', statusBeforeTrash: null }, 'approve')).toEqual({ status: 'approved', statusBeforeTrash: null })
    expect(planStatusChange({ status: 'spam', statusBeforeTrash: 'pending' }, 'approve')).toBeNull()
    expect(planStatusChange({ status: 'approved', statusBeforeTrash: null }, 'approve')).toBeNull()
  })

  it('remembers the status a comment had when it goes to spam or trash, and restores it', () => {
    const trashed = planStatusChange({ status: 'approved', statusBeforeTrash: null }, 'trash')
    expect(trashed).toEqual({ status: 'trash', statusBeforeTrash: 'approved' })
    expect(planStatusChange({ status: 'trash', statusBeforeTrash: 'approved' }, 'restore')).toEqual({ status: 'approved', statusBeforeTrash: null })
    expect(planStatusChange({ status: 'spam', statusBeforeTrash: 'approved' }, 'not-spam')).toEqual({ status: 'approved', statusBeforeTrash: null })
    // Spam that was trashed goes back to Spam, not up on the site.
    expect(planStatusChange({ status: 'trash', statusBeforeTrash: 'spam' }, 'restore')).toEqual({ status: 'spam', statusBeforeTrash: null })
  })

  it('sends a comment with no remembered status back to Pending, never straight up', () => {
    expect(planStatusChange({ status: 'trash', statusBeforeTrash: null }, 'restore')).toEqual({ status: 'pending', statusBeforeTrash: null })
    expect(planStatusChange({ status: 'spam', statusBeforeTrash: null }, 'not-spam')).toEqual({ status: 'pending', statusBeforeTrash: null })
    expect(planStatusChange({ status: 'spam', statusBeforeTrash: 'trash' }, 'not-spam')).toEqual({ status: 'pending', statusBeforeTrash: null })
  })

  it('deletes for good only from Spam or Trash', () => {
    expect(planStatusChange({ status: 'approved', statusBeforeTrash: null }, 'delete')).toBeNull()
    expect(planStatusChange({ status: 'pending', statusBeforeTrash: null }, 'delete')).toBeNull()
    expect(planStatusChange({ status: 'trash', statusBeforeTrash: 'approved' }, 'delete')).toEqual({ delete: true })
    expect(planStatusChange({ status: 'spam', statusBeforeTrash: null }, 'delete')).toEqual({ delete: true })
  })
})

describe('operationsFor', () => {
  it('offers what applies in each queue', () => {
    expect(operationsFor('pending')).toEqual(['approve', 'spam', 'trash'])
    expect(operationsFor('approved')).toEqual(['unapprove', 'spam', 'trash'])
    expect(operationsFor('spam')).toEqual(['not-spam', 'trash', 'delete'])
    expect(operationsFor('trash')).toEqual(['restore', 'delete'])
  })
})

describe('moderation form', () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData()
    for (const [name, value] of entries) data.append(name, value)
    return data
  }

  it('reads an operation and several ids', () => {
    const parsed = moderationInput.safeParse(
      readModerationForm(
        form([
          ['operation', 'approve'],
          ['ids', '3'],
          ['ids', '12'],
        ]),
      ),
    )
    expect(parsed.success && parsed.data).toEqual({ operation: 'approve', ids: [3, 12] })
  })

  it('refuses no selection, an unknown operation and ids that are not plain numbers', () => {
    const parse = (operation: string, ids?: string) =>
      moderationInput.safeParse(
        readModerationForm(
          form(
            ids === undefined
              ? [['operation', operation]]
              : [
                  ['operation', operation],
                  ['ids', ids],
                ],
          ),
        ),
      )
    expect(parse('approve').error?.issues[0]?.message).toBe('Please select at least one comment.')
    expect(parse('', '1').error?.issues[0]?.message).toBe('Please choose an action.')
    expect(parse('publish', '1').success).toBe(false)
    expect(parse('approve', '1e3').success).toBe(false)
    expect(parse('approve', '-1').success).toBe(false)
  })
})

describe('return paths and outcomes', () => {
  it('only ever returns to a moderation queue', () => {
    expect(safeReturnPath('/admin/comments?status=spam&page=2')).toBe('/admin/comments?status=spam&page=2')
    expect(safeReturnPath('/admin/comments/12')).toBe('/admin/comments/12')
    expect(safeReturnPath('https://evil.example/admin/comments')).toBe('/admin/comments')
    expect(safeReturnPath('//evil.example')).toBe('/admin/comments')
    expect(safeReturnPath('/admin/commentsevil')).toBe('/admin/comments')
    expect(safeReturnPath('/admin/comments/..\\evil')).toBe('/admin/comments')
    expect(safeReturnPath(undefined)).toBe('/admin/comments')
  })

  it('keeps a fragment naming the next comment, so the page comes back at the same place, and drops any other', () => {
    expect(safeReturnPath('/admin/comments?status=pending#comment-12')).toBe('/admin/comments?status=pending#comment-12')
    expect(safeReturnPath('/admin/comments#comment-7')).toBe('/admin/comments#comment-7')
    expect(safeReturnPath('/admin/comments?status=pending#javascript:alert(1)')).toBe('/admin/comments?status=pending')
    expect(safeReturnPath('/admin/comments#//evil.example')).toBe('/admin/comments')
    expect(safeReturnPath('https://evil.example#/admin/comments')).toBe('/admin/comments')
    const url = withOutcome('/admin/comments?status=pending&page=2#comment-12', { operation: 'spam', changed: 1, skipped: 0 })
    expect(url).toBe('/admin/comments?status=pending&page=2&done=spam&changed=1&skipped=0#comment-12')
  })

  it('carries the outcome as numbers and rebuilds the message from them', () => {
    const url = withOutcome('/admin/comments?status=pending&done=trash&changed=9', { operation: 'approve', changed: 3, skipped: 1 })
    const params = new URLSearchParams(url.split('?')[1])
    expect(params.get('status')).toBe('pending')
    expect(outcomeMessage(Object.fromEntries(params))).toBe('3 comments approved. 1 comment left as it was.')
    expect(outcomeMessage({ done: 'approve', changed: '1', skipped: '0' })).toBe('1 comment approved.')
    expect(outcomeMessage({ done: '<script>', changed: '1' })).toBeNull()
    expect(
      outcomeMessage(Object.fromEntries(new URLSearchParams(withOutcome('/admin/comments', { operation: 'reply', changed: 1, skipped: 0 }).split('?')[1]))),
    ).toBe('Your reply is published.')
    expect(outcomeMessage({ done: 'approve', changed: 'x' })).toBeNull()
  })

  it('says so when nothing applied', () => {
    expect(moderationSummary('delete', 0, 2)).toContain('Nothing changed')
    expect(moderationSummary('spam', 2, 0)).toBe('2 comments marked as spam.')
  })
})
