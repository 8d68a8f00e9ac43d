'use server'

import { headers } from 'next/headers'
import { z } from 'zod'
import { takeHit } from '@/db/queries/rate-limits'
import { getSettings } from '@/db/queries/settings'
import { confirmSubscription, requestSubscription, unsubscribeSubscriber, type ConfirmOutcome } from '@/db/queries/subscribers'
import { env, generatedSecret } from '@/lib/server/env'
import { outboxEmail } from '@/lib/server/mail/mailer'
import { newsletterConfirmEmail } from '@/lib/email/templates/newsletter-confirm'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { signupInput, signupLimits, signupThanks } from '@/lib/newsletter/signup'
import { confirmTokenLifetimeMs, hashToken, newConfirmToken, verifyUnsubscribeToken } from '@/lib/newsletter/tokens'

const success = (message: string): FormState => ({ status: 'success', message, fieldErrors: {}, values: {} })

// Newsletter signup from any of the forms. Whatever the address's history, the answer is the same
// "check your inbox" and exactly one email goes out (a confirmation link, or for an address that is
// already subscribed a short reminder), queued and sent in the background so timing tells nothing either.
export async function subscribeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = signupInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const input = parsed.data
  // A bot filled the hidden field: tell it what it wants to hear, do nothing.
  if (input.website_confirm) return success(signupThanks)

  const address = (await headers()).get('x-spoonpress-ip') ?? ''
  if (!(await takeHit('newsletter-address', address, signupLimits.windowMs, signupLimits.perAddress))) {
    return refused('Too many sign-ups from here just now. Please try again in a few minutes.', form)
  }

  // One email per address per hour, whoever asks. The page says the same either way, and nothing is
  // written (a new token would make the link already sent stop working).
  if (!(await takeHit('newsletter-email', input.email, signupLimits.perEmailMs, 1))) return success(signupThanks)

  const now = Date.now()
  const { token, hash } = newConfirmToken()
  const { siteTitle } = await getSettings()
  // The email is queued in the signup's own transaction and delivered by the background sender, so
  // the answer never waits on a mail server and a crash cannot lose it.
  await requestSubscription(
    {
      email: input.email,
      firstName: input.firstName,
      source: input.source,
      confirmTokenHash: hash,
      confirmTokenExpiresAt: now + confirmTokenLifetimeMs,
      now,
    },
    (outcome) => {
      const confirmUrl = `${env.siteUrl}/newsletter/confirm?token=${encodeURIComponent(token)}`
      const message = newsletterConfirmEmail({ siteTitle, confirmUrl, isAlreadySubscribed: outcome === 'already-confirmed' })
      return outboxEmail({ to: input.email, ...message })
    },
  )
  return success(signupThanks)
}

const tokenInput = z.object({ token: z.string().trim().min(1).max(200) })

const confirmMessages: Record<ConfirmOutcome, FormState> = {
  confirmed: success('You are subscribed. Thank you for confirming: new posts will come to your inbox.'),
  'already-confirmed': success('This address is already subscribed; there is nothing more to do.'),
  expired: refused('This link has expired. Confirmation links work for 48 hours: please sign up again and we will send a fresh one.', {}),
  invalid: refused('This link has already been used or is not valid. If you confirmed already, you are subscribed. Otherwise, please sign up again.', {}),
}

// The button on /newsletter/confirm. Opening the emailed link only shows the button: mail scanners
// follow links, and a link they follow must not subscribe anyone.
export async function confirmSubscriptionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = tokenInput.safeParse(Object.fromEntries(form))
  const outcome = parsed.success ? await confirmSubscription(hashToken(parsed.data.token), Date.now()) : 'invalid'
  return confirmMessages[outcome]
}

// The confirm button on /newsletter/unsubscribe (the email's visible link). The one-click POST that
// mail clients send (RFC 8058) goes to the route handler beside it.
export async function unsubscribeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = tokenInput.safeParse(Object.fromEntries(form))
  const subscriberId = parsed.success ? verifyUnsubscribeToken(parsed.data.token, generatedSecret('newsletter-secret')) : null
  if (subscriberId === null) return refused('This unsubscribe link is not valid. Please use the link from your most recent email.', {})
  await unsubscribeSubscriber(subscriberId, Date.now())
  return success('You are unsubscribed. You will get no more emails from this newsletter.')
}
