// A label, an optional hint and the field's error, wired to the control with aria-describedby. The
// settings and profile forms render many of these; `control` receives the ids to put on the input.
export type ControlProps = {
  id: string
  name: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

export function LabelledField({
  name,
  idPrefix = 'field',
  label,
  hint,
  error,
  control,
}: {
  name: string
  // Two forms on one screen may share a field name (the site's tagline, the author's tagline).
  idPrefix?: string
  label: string
  hint?: React.ReactNode
  error: string | undefined
  control: (props: ControlProps) => React.ReactNode
}) {
  const id = `${idPrefix}-${name}`
  const hintId = hint ? `${id}-hint` : null
  const errorId = error ? `${id}-error` : null
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={hintId ?? undefined} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {control({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId ?? undefined} className="mt-1 font-bold text-accent-dark">
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function FormMessage({ status, message }: { status: string; message: string | undefined }) {
  return (
    <div role="status" aria-live="polite">
      {message ? <p className={status === 'success' ? 'font-bold text-sage' : 'rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark'}>{message}</p> : null}
    </div>
  )
}
