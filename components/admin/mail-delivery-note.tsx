// Whether mail leaves this machine: with no SMTP server configured, every email waits in the outbox.
export function MailDeliveryNote({ smtpHost }: { smtpHost: string | null }) {
  return (
    <p className="mt-2 rounded border border-line bg-card p-3 text-base">
      {smtpHost ? (
        <>
          Email is sent through the SMTP server at <b>{smtpHost}</b>. Failed emails show the server’s reply.
        </>
      ) : (
        <>
          <b>No SMTP server is configured</b>, so emails are not sent: they wait here. Set <code>SMTP_URL</code> when starting Spoonpress to send them.
        </>
      )}
    </p>
  )
}
