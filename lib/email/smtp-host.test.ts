import { describe, expect, it } from 'vitest'
import { smtpHostOf } from './smtp-host'

describe('smtpHostOf', () => {
  it('is null when no SMTP server is configured', () => {
    expect(smtpHostOf(null)).toBeNull()
    expect(smtpHostOf('')).toBeNull()
  })

  it('shows the host and port but never the credentials', () => {
    expect(smtpHostOf('smtps://mailer:s3cret@smtp.example.com:465?connectionTimeout=10000')).toBe('smtp.example.com:465')
    expect(smtpHostOf('smtp://127.0.0.1:2526')).toBe('127.0.0.1:2526')
  })

  it('does not echo an unreadable setting', () => {
    expect(smtpHostOf('not a url with p4ssword')).toBe('an address that could not be read')
  })
})
