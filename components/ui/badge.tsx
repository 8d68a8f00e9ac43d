import { cn } from '@/lib/utils'

// A count next to a link (comments waiting) or a small status pill.
const variants = {
  count: 'rounded-full bg-accent px-2 text-sm font-bold text-on-accent',
  status: 'rounded border border-line px-2 text-sm',
} as const

export function Badge({ variant = 'count', className, ...props }: React.ComponentProps<'span'> & { variant?: keyof typeof variants }) {
  return <span {...props} className={cn(variants[variant], className)} />
}
