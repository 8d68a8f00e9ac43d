export function AffiliateNotice({ text }: { text: string }) {
  return (
    <p role="note" className="mb-6 rounded border border-line bg-card p-3 text-base italic">
      {text}
    </p>
  )
}
