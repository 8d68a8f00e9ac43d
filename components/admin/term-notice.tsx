const notices: Record<string, string> = {
  deleted: 'Deleted. Its posts keep their other terms.',
  merged: 'Merged: the posts are here now, and the old address leads here.',
}

// The outcome of an action that redirected here (?notice=…), announced politely.
export function TermNotice({ notice }: { notice: string | undefined }) {
  const text = notice ? notices[notice] : undefined
  return (
    <div role="status" aria-live="polite" className="mt-4">
      {text ? <p className="rounded border border-sage p-3 font-bold text-sage">{text}</p> : null}
    </div>
  )
}
