import { describe, expect, it } from 'vitest'
import { commentArticleAttributes, commentItemInnerHtml, countNewComments, isNewComment } from './thread-html'
import type { ThreadComment } from './thread-view'

const comment = (fields: Partial<ThreadComment>): ThreadComment => ({
  id: 7,
  authorName: 'Ada',
  website: null,
  isPostAuthor: false,
  avatarSeed: 'seed',
  body: 'Hello',
  dateIso: '2026-11-27T14:05:00Z',
  dateText: 'November 27, 2026 at 2:05 pm',
  status: 'approved',
  children: [],
  ...fields,
})

const marks = { canReply: true, lastVisitAt: null }

describe('commentItemInnerHtml', () => {
  it('escapes everything a reader wrote, in text and in attributes', () => {
    // With a reply, so the replies summary and the reply's "in reply to" carry the name too.
    const hostile = { authorName: `<img src=x onerror=alert(1)> "Bo" & 'Cy'`, body: '<script>x</script>', children: [comment({ id: 8 })] }
    const html = commentItemInnerHtml(comment(hostile), marks)
    expect(html).toContain('Hide 1 reply')
    expect(html).toContain('<span class="sr-only"> to &lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Bo&quot; &amp; &#x27;Cy&#x27;')
    expect(html).toContain('aria-label="Reply to &lt;img src=x onerror=alert(1)&gt; &quot;Bo&quot; &amp; &#x27;Cy&#x27;"')
  })

  it('links the website only as given by the checked view', () => {
    expect(commentItemInnerHtml(comment({ website: 'https://example.com/"x' }), marks)).toContain(
      '<a href="https://example.com/&quot;x" rel="ugc nofollow noopener">Ada</a>',
    )
  })

  it('offers Reply only when replies are open and the comment is approved', () => {
    expect(commentItemInnerHtml(comment({}), marks)).toContain('href="?replytocom=7#respond"')
    expect(commentItemInnerHtml(comment({}), { ...marks, canReply: false })).not.toContain('reply-link')
    const pending = commentItemInnerHtml(comment({ status: 'pending' }), marks)
    expect(pending).not.toContain('reply-link')
    expect(pending).toContain('Your comment is awaiting moderation.')
  })

  it('nests replies in an open disclosure that says how many it hides', () => {
    const reply = comment({ id: 8, authorName: 'Bo', inReplyTo: { id: 7, name: 'Ada' } })
    const html = commentItemInnerHtml(comment({ children: [reply], replyCount: 1 }), marks)
    expect(html).toContain('<details open="" class="comment-replies"><summary><span class="when-open">Hide 1 reply</span>')
    expect(html).toContain('<ol class="comment-children"><li id="comment-8" class="mt-4"><article aria-labelledby="comment-8-author" class="comment">')
    expect(html).toContain('<a href="#comment-7">In reply to Ada</a>')
  })

  it('marks comments newer than the last visit, never your own or waiting ones', () => {
    const lastVisitAt = Date.parse('2026-11-27T14:00:00Z')
    const fresh = comment({})
    expect(isNewComment(fresh, lastVisitAt)).toBe(true)
    expect(isNewComment(fresh, null)).toBe(false)
    expect(isNewComment(comment({ editUrl: '/comments/edit?token=x' }), lastVisitAt)).toBe(false)
    expect(isNewComment(comment({ status: 'pending' }), lastVisitAt)).toBe(false)
    expect(isNewComment(comment({ dateIso: '2026-11-27T13:00:00Z' }), lastVisitAt)).toBe(false)
    expect(commentItemInnerHtml(fresh, { canReply: true, lastVisitAt })).toContain('class="comment comment-new"')
    expect(commentItemInnerHtml(fresh, { canReply: true, lastVisitAt })).toContain('<span class="new-badge">New since your last visit</span>')
    expect(countNewComments([comment({ children: [comment({ id: 8 })] })], lastVisitAt)).toBe(2)
  })

  it("names the author's comments by name and badge", () => {
    expect(commentArticleAttributes(comment({ isPostAuthor: true }), false)).toEqual({
      'aria-labelledby': 'comment-7-author comment-7-badge',
      className: 'comment comment-by-author',
    })
  })
})
