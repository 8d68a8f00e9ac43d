// Exactly one variant is rendered: the page itself is cached per variant (see next.config.ts).
export function GreetingBox({ isReturning, text }: { isReturning: boolean; text: string }) {
  if (!text) return null
  return (
    <section
      aria-label={isReturning ? 'Welcome back' : 'Welcome'}
      className="mb-6 rounded-lg border border-sage/30 bg-sage-soft p-4 text-base print:hidden"
      data-focus-hide
      data-greeting={isReturning ? 'returning' : 'first'}
    >
      <p>{text}</p>
    </section>
  )
}
