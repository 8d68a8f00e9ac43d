export function KeyPoints({ points }: { points: string[] }) {
  if (points.length === 0) return null
  return (
    <section aria-labelledby="key-points" className="mb-8 rounded-lg border border-accent/20 bg-accent-soft p-5">
      <h2 id="key-points" className="text-lg font-bold">
        Key points
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-base">
        {points.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ul>
    </section>
  )
}
