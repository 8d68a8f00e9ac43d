import type { Metadata } from 'next'
import Link from 'next/link'
import { OwnCommentForms } from '@/components/comments/own-comment-forms'
import { formatDateTime } from '@/lib/format'
import { routes } from '@/lib/routes'
import { loadCommentEditPage } from '@/lib/server/comments/edit-link'

// Per-reader and never cached: the token in the URL is the guest's private credential
// (docs/decisions/0020-gentle-comment-tools.md). /comments is an app segment, so the front cache skips it.
export const dynamic = 'force-dynamic'

// No referrer meta here: a "no-referrer" policy makes the browser send Origin: null with the forms,
// which Next refuses as a cross-site action. The site's policy already keeps paths from other sites.
export const metadata: Metadata = { title: 'Change your comment', robots: { index: false } }

const notOpen = {
  expired: {
    title: 'This link has expired',
    text: 'A comment can be changed or deleted for 24 hours after posting. After that, please ask the author if something needs changing.',
  },
  invalid: { title: 'This link is not valid', text: 'Please use the link exactly as you received it, from the page after posting or from the email.' },
  gone: { title: 'This comment has been deleted', text: 'Readers no longer see it, and this link can no longer change it.' },
} as const

export default async function EditOwnCommentPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams
  const value = Array.isArray(token) ? (token[0] ?? '') : (token ?? '')
  const { check, timeZone } = await loadCommentEditPage(value)
  if (check.kind !== 'editable') {
    return (
      <section aria-labelledby="edit-title" className="rounded-lg border border-line bg-card p-8">
        <h1 id="edit-title" className="text-3xl font-bold">
          {notOpen[check.kind].title}
        </h1>
        <p className="mt-3">{notOpen[check.kind].text}</p>
      </section>
    )
  }
  const { comment } = check
  return (
    <section aria-labelledby="edit-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="edit-title" className="text-3xl font-bold">
        Change your comment
      </h1>
      <p className="mt-3">
        On <Link href={`${routes.post(comment.postSlug)}#comment-${comment.id}`}>{comment.postTitle}</Link>. You can change or delete it until{' '}
        {formatDateTime(check.expiresAt, timeZone)}. A changed comment is checked again, as a new one would be.
      </p>
      <OwnCommentForms token={value} body={comment.body} />
    </section>
  )
}
