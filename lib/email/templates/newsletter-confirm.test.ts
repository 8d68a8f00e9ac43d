import { describe, expect, it } from 'vitest'
import { newsletterConfirmEmail } from './newsletter-confirm'

describe('newsletterConfirmEmail', () => {
  it('links to the confirmation page and escapes everything', () => {
    const email = newsletterConfirmEmail({
      siteTitle: 'Spoon <Notes>',
      confirmUrl: 'https://example.com/newsletter/confirm?token=a&b',
      isAlreadySubscribed: false,
    })
    expect(email.subject).toBe('Please confirm your subscription to Spoon <Notes>')
    expect(email.html).toContain('href="https://example.com/newsletter/confirm?token=a&amp;b"')
    expect(email.html).toContain('Spoon &lt;Notes&gt;')
    expect(email.text).toContain('https://example.com/newsletter/confirm?token=a&b')
  })

  it('sends a reminder without a link to an address already subscribed', () => {
    const email = newsletterConfirmEmail({ siteTitle: 'Spoon Notes', confirmUrl: 'https://example.com/x', isAlreadySubscribed: true })
    expect(email.subject).toContain('already subscribed')
    expect(email.html).not.toContain('https://example.com/x')
  })
})
