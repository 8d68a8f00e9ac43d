import { escapeHtml } from '../escape'
import { oneLine } from './parts'

// The double opt-in email, and the short reminder an already-confirmed address gets instead (the
// signup page says the same thing either way).
// Neither carries the name typed into the form: whoever typed it may not own the address, and an
// email to an address that never confirmed must not carry a stranger's words.
export function newsletterConfirmEmail(input: { siteTitle: string; confirmUrl: string; isAlreadySubscribed: boolean }): {
  subject: string
  text: string
  html: string
} {
  const site = oneLine(input.siteTitle)
  const hello = 'Hello,'
  if (input.isAlreadySubscribed) {
    const subject = `You are already subscribed to ${site}`
    const text = `${hello}\n\nSomeone (we hope you) asked to subscribe this address to ${site}. It is already subscribed, so nothing has changed and there is nothing to do.\n`
    const html = `<p>${escapeHtml(hello)}</p><p>Someone (we hope you) asked to subscribe this address to ${escapeHtml(site)}. It is already subscribed, so nothing has changed and there is nothing to do.</p>`
    return { subject, text, html }
  }
  const subject = `Please confirm your subscription to ${site}`
  const text = `${hello}\n\nPlease confirm that you would like new posts from ${site} by email: open this page and press the button.\n${input.confirmUrl}\n\nIf you did not ask for this, ignore this email and nothing will happen. The link works for 48 hours.\n`
  const html = [
    `<p>${escapeHtml(hello)}</p>`,
    `<p>Please confirm that you would like new posts from ${escapeHtml(site)} by email.</p>`,
    `<p><a href="${escapeHtml(input.confirmUrl)}">Open the confirmation page</a></p>`,
    `<p>If you did not ask for this, ignore this email and nothing will happen. The link works for 48 hours.</p>`,
  ].join('')
  return { subject: subject.replace(/[\r\n]/g, ' '), text, html }
}
