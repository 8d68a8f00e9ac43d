import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

// A real SMTP server on loopback for the mail unit tests (docs/architecture.md, "Tests"). It refuses
// nobody@example.com for good (550) and asks busy@example.com's sender to try later (450), as real
// servers do, and keeps what it accepts.
export type ReceivedEmail = { envelopeTo: string[]; raw: Buffer }

export async function startTestSmtpServer() {
  const received: ReceivedEmail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === 'nobody@example.com') return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }))
      if (address.address === 'busy@example.com') return callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 450 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({ envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address), raw: Buffer.concat(chunks) })
        callback()
      })
    },
  })
  server.listen(0, '127.0.0.1')
  await once(server.server, 'listening')
  let isClosed = false
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: async () => {
      if (!isClosed) await new Promise<void>((resolve) => server.close(() => resolve()))
      isClosed = true
    },
  }
}
