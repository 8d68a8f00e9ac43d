'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { newFillStampAction, postCommentAction } from '@/app/(site)/_actions/comments'
import { Field } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { plainCommentPostField } from '@/lib/comments/comment-form'
import { initialFormState } from '@/lib/form-state'
import { fieldLimits } from '@/lib/field-limits'

export type CommenterDefaults = { author: string; email: string; url: string; saveDetails: boolean }

type Props = {
  postId: number
  postPath: string
  // Where the server placed the form: under this comment (?replytocom=ID, works without JavaScript),
  // or at the end of the thread when null.
  serverReplyTo: { id: number; name: string } | null
  defaults: CommenterDefaults
  // The server-signed moment the page was rendered (lib/comments/fill-stamp.ts).
  renderedStamp: string
}

// The comment form. Without JavaScript it is a plain form posting to the server action, and Reply
// links reload the page with the form under the comment. With JavaScript, Reply moves the form under
// the comment in place (a portal into a slot after that comment) and Cancel puts it back; focus
// follows the form, and what was typed is kept when it moves.
export function CommentRespond({ postId, postPath, serverReplyTo, defaults, renderedStamp }: Props) {
  const [state, formAction] = useActionState(postCommentAction, initialFormState)
  const [replyTo, setReplyTo] = useState(serverReplyTo)
  const [slot, setSlot] = useState<HTMLElement | null>(null)
  // The page may have come from the cache long ago: with JavaScript the fill-time check counts from
  // the first focus in the form (a fresh stamp the server signs); without it, from when the server
  // rendered the page.
  const [startedAt, setStartedAt] = useState<string | null>(null)
  const isAskingForStamp = useRef(false)
  const startFilling = () => {
    if (isAskingForStamp.current) return
    isAskingForStamp.current = true
    newFillStampAction().then(setStartedAt, () => undefined)
  }
  // Controlled fields: what was typed survives the form moving and a refused submission.
  const [draft, setDraft] = useState<Record<string, string>>({})
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const returnFocusRef = useRef<HTMLElement | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  // What was typed before the page's scripts ran (they start after the first paint, decision 0029)
  // is in the fields but not in the draft: take it in, or the first re-render would put the fields
  // back to what the server rendered.
  useEffect(() => {
    const typed: Record<string, string> = {}
    for (const name of draftFields) {
      const field = formRef.current?.elements.namedItem(name)
      if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.value !== field.defaultValue) typed[name] = field.value
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the typed text is in the DOM only after hydration
    if (Object.keys(typed).length > 0) setDraft((previous) => ({ ...typed, ...previous }))
  }, [])

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-reply-to]')
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
      const article = link.closest('article')
      if (!article) return
      event.preventDefault()
      returnFocusRef.current = link
      document.querySelectorAll('[data-reply-slot]').forEach((element) => element.remove())
      const target = document.createElement('div')
      target.setAttribute('data-reply-slot', '')
      article.after(target)
      setSlot(target)
      setReplyTo({ id: Number(link.dataset.replyTo), name: link.dataset.replyName ?? '' })
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])

  useEffect(() => {
    if (slot) textareaRef.current?.focus()
  }, [slot, replyTo])

  const cancel = (event: React.MouseEvent) => {
    if (!slot) return
    event.preventDefault()
    slot.remove()
    setSlot(null)
    setReplyTo(serverReplyTo)
    returnFocusRef.current?.focus()
  }

  const value = (name: DraftField) => draft[name] ?? state.values[name] ?? (name === 'comment' ? '' : defaults[name])
  const remember = (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const { name, value: typed } = event.target
    setDraft((previous) => ({ ...previous, [name]: typed }))
  }
  const error = (name: string) => state.fieldErrors[name]
  // Errors in fields nobody sees (a stale or forged form) are told in the summary instead.
  const hiddenFieldError = state.fieldErrors.postId ?? state.fieldErrors.parentId ?? state.fieldErrors.startedAt

  const form = (
    <section id="respond" aria-labelledby="respond-title" className="mt-8 rounded-lg border border-line bg-card p-5">
      <h2 id="respond-title" className="text-xl font-bold">
        {replyTo ? `Reply to ${replyTo.name}` : 'Leave a Reply'}
      </h2>
      {replyTo ? (
        <p className="mt-1">
          <a href={`${postPath}#respond`} onClick={cancel}>
            Cancel reply
          </a>
        </p>
      ) : null}
      <p className="mt-2 text-base text-muted">
        Your email address will not be published (<Link href="/privacy">how your details are kept</Link>). Required fields are marked{' '}
        <span aria-hidden="true">*</span>
        <span className="sr-only">as required</span>
      </p>
      <div aria-live="polite" role="status" className="mt-2">
        {state.message ? <p className={state.status === 'success' ? 'text-sage' : 'font-bold text-accent-dark'}>{hiddenFieldError ?? state.message}</p> : null}
      </div>
      {/* noValidate: the server's messages, next to each field, are the ones readers get, with or without
          JavaScript; required/type/maxLength stay for assistive technology and mobile keyboards. */}
      <form ref={formRef} action={formAction} noValidate className="mt-3 space-y-4" onFocus={startFilling}>
        <input type="hidden" name={plainCommentPostField.name} value={plainCommentPostField.value} />
        <input type="hidden" name="postId" value={postId} />
        <input type="hidden" name="parentId" value={replyTo?.id ?? ''} />
        <input type="hidden" name="startedAt" value={startedAt ?? renderedStamp} />
        <Field id="comment" name="comment" label={<Required>Comment</Required>} error={error('comment')} errorClassName="mt-1 font-bold text-base">
          {(control) => (
            <textarea
              ref={textareaRef}
              {...control}
              required
              maxLength={fieldLimits.comment.comment}
              rows={6}
              value={value('comment')}
              onChange={remember}
              className="input"
            />
          )}
        </Field>
        <Field id="author" name="author" label={<Required>Name</Required>} error={error('author')} errorClassName="mt-1 font-bold text-base">
          {(control) => (
            <input
              {...control}
              type="text"
              required
              maxLength={fieldLimits.comment.author}
              autoComplete="name"
              value={value('author')}
              onChange={remember}
              className="input"
            />
          )}
        </Field>
        <Field id="email" name="email" label={<Required>Email</Required>} error={error('email')} errorClassName="mt-1 font-bold text-base">
          {(control) => (
            <input
              {...control}
              type="email"
              required
              maxLength={fieldLimits.comment.email}
              autoComplete="email"
              value={value('email')}
              onChange={remember}
              className="input"
            />
          )}
        </Field>
        <Field id="url" name="url" label="Website" error={error('url')} errorClassName="mt-1 font-bold text-base">
          {(control) => (
            <input {...control} type="url" maxLength={fieldLimits.comment.url} autoComplete="url" value={value('url')} onChange={remember} className="input" />
          )}
        </Field>
        {/* A field people never see: bots that fill every input give themselves away. */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="website_confirm">Leave this field empty</label>
          <input id="website_confirm" name="website_confirm" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="flex items-start gap-2 text-base">
          <input
            id="saveDetails"
            name="saveDetails"
            type="checkbox"
            defaultChecked={state.values.saveDetails ? state.values.saveDetails === 'on' : defaults.saveDetails}
            className="mt-1.5 h-4 w-4"
          />
          <label htmlFor="saveDetails">Save my name, email, and website in this browser for the next time I comment.</label>
        </p>
        <p className="flex items-start gap-2 text-base">
          <input id="notifyReplies" name="notifyReplies" type="checkbox" defaultChecked={state.values.notifyReplies === 'on'} className="mt-1.5 h-4 w-4" />
          <label htmlFor="notifyReplies">Notify me of replies by email</label>
        </p>
        <SubmitButton pendingLabel="Posting…" className="disabled:opacity-70">
          Post Comment
        </SubmitButton>
      </form>
    </section>
  )

  return slot ? createPortal(form, slot) : form
}

const draftFields = ['comment', 'author', 'email', 'url'] as const
type DraftField = (typeof draftFields)[number]

function Required({ children }: { children: string }) {
  return (
    <>
      {children}
      <span aria-hidden="true"> *</span>
    </>
  )
}
