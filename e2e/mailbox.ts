import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

// A real SMTP server on loopback for the mail journeys: the app under test speaks SMTP to it
// (SMTP_URL in playwright.config.ts), and tests wait for what arrives.
export class Mailbox {
  readonly messages: ParsedMail[] = []
  private server: SMTPServer | null = null

  /** Addresses this server refuses for good (550), as a mail server refuses an unknown mailbox. */
  constructor(private readonly refused: ReadonlySet<string> = new Set()) {}

  async start(port: number) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address.toLowerCase())) return callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }))
        callback()
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail)
            callback()
          })
          .catch(callback)
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject)
      this.server?.listen(port, '127.0.0.1', () => resolve())
    })
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  to(address: string) {
    return this.messages.filter((mail) => {
      const recipients = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
      return recipients.some((recipient) => recipient.value.some((entry) => entry.address?.toLowerCase() === address.toLowerCase()))
    })
  }

  async waitFor(address: string, count = 1, timeoutMs = 10_000): Promise<ParsedMail[]> {
    const started = Date.now()
    while (Date.now() - started < timeoutMs) {
      const found = this.to(address)
      if (found.length >= count) return found
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`no email (${count}) to ${address} within ${timeoutMs} ms; got ${this.messages.length} in all`)
  }
}
