'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect } from 'react'
import { sendToSubscribersAction } from '@/app/(admin)/_actions/newsletter'
import { Button } from '@/components/ui/button'
import { AlertMessage } from '@/components/ui/form-message'
import { initialFormState } from '@/lib/form-state'

export type SendProgress = { status: 'queued' | 'sending' | 'done'; recipientCount: number; sentCount: number }

export function NewsletterSendPanel({ postId, send, confirmedCount }: { postId: number; send: SendProgress | null; confirmedCount: number }) {
  const [state, formAction, isPending] = useActionState(sendToSubscribersAction, initialFormState)
  const router = useRouter()
  const isSending = send !== null && send.status !== 'done'
  useEffect(() => {
    if (!isSending) return
    // Progress comes from the database; refresh the server view while the send goes on.
    const timer = setInterval(() => router.refresh(), 2000)
    return () => clearInterval(timer)
  }, [isSending, router])

  return (
    <section id="newsletter" aria-labelledby="newsletter-send" className="mt-10 border-t border-line pt-6">
      <h2 id="newsletter-send" className="text-xl font-bold">
        Newsletter
      </h2>
      {send ? (
        <>
          <label htmlFor="send-progress" className="mt-2 block text-base">
            {send.status === 'done'
              ? `Sent to all ${send.recipientCount} subscribers.`
              : `Sending: ${send.sentCount} of ${send.recipientCount} subscribers so far.`}
          </label>
          <progress id="send-progress" max={Math.max(1, send.recipientCount)} value={send.sentCount} className="mt-2 w-full max-w-md" />
          <p className="mt-2 text-sm text-muted">
            A post goes to subscribers once. Sending continues after a restart{isSending ? '; this page updates by itself' : ''}.
          </p>
        </>
      ) : (
        <form action={formAction} className="mt-2">
          <input type="hidden" name="postId" value={postId} />
          <p className="text-base">
            Email this post to {confirmedCount} confirmed subscriber{confirmedCount === 1 ? '' : 's'}. This can be done once.
          </p>
          <Button type="submit" disabled={isPending} size="md" className="mt-2">
            Send to subscribers
          </Button>
          <AlertMessage message={state.message} />
        </form>
      )}
    </section>
  )
}
