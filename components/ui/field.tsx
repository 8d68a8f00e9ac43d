import { clsx } from 'clsx'

// What a field's control must carry so the label, the hint and the error reach assistive technology.
export type ControlProps = {
  id: string
  name: string | undefined
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/**
 * A label, an optional hint and the field's error, wired to the control with aria-describedby and
 * aria-invalid. `children` receives the props to spread on the input, textarea or select.
 */
export function Field({
  id,
  name,
  label,
  hint,
  hintId = `${id}-hint`,
  error,
  errorId = `${id}-error`,
  hintFirst = false,
  className,
  labelClassName = 'block font-bold',
  errorClassName,
  errorRole,
  children,
}: {
  id: string
  // Left out for a control that must never be posted (the rich-text editor's panels).
  name?: string
  label: React.ReactNode
  hint?: React.ReactNode
  hintId?: string
  error: string | null | undefined
  errorId?: string
  // The order the description is read in: the error first unless a form has always read the hint first.
  hintFirst?: boolean
  className?: string
  labelClassName?: string
  // Replaces the error's spacing and type (default 'mt-1 font-bold'); the colour stays.
  errorClassName?: string
  // 'alert' where the error appears without a page load and must be announced at once.
  errorRole?: 'alert'
  children: (control: ControlProps) => React.ReactNode
}) {
  const described = [error ? errorId : null, hint ? hintId : null]
  const describedBy = (hintFirst ? described.reverse() : described).filter(Boolean).join(' ') || undefined
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId} role={errorRole} className={clsx(errorClassName ?? 'mt-1 font-bold', 'text-accent-dark')}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
