import { cn } from '@/lib/utils'

export const errorBoxClass = 'rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark'

/** The message a form shows after its action: green text on success, a tinted box otherwise. */
export function messageClass(status: string, success = 'font-bold text-sage', failure = errorBoxClass): string {
  return status === 'success' ? success : failure
}

// The live region above (or below) a form, announcing what its action answered.
export function FormMessage({
  status,
  message,
  live = true,
  className,
  successClassName,
  failureClassName,
  children,
}: {
  status: string
  message: string | undefined
  live?: boolean
  className?: string
  successClassName?: string
  failureClassName?: string
  children?: React.ReactNode
}) {
  return (
    <div role="status" aria-live={live ? 'polite' : undefined} className={className}>
      {message ? (
        <p className={cn(messageClass(status, successClassName, failureClassName))}>
          {message}
          {children}
        </p>
      ) : null}
    </div>
  )
}

/** An action's refusal shown next to its button, announced at once. */
export function AlertMessage({ message }: { message: string | undefined }) {
  return message ? (
    <p role="alert" className="mt-2 font-bold text-accent-dark">
      {message}
    </p>
  ) : null
}
