import { clsx } from 'clsx'

// The one place the editor's and the site's button looks live. Links that look like buttons use
// buttonClass() so they match.
const variants = {
  primary: 'bg-accent text-on-accent hover:bg-accent-dark',
  secondary: 'border border-line bg-card hover:bg-accent-soft',
  outline: 'border border-accent text-accent-dark hover:bg-accent-soft',
} as const

const sizes = {
  lg: 'px-5 py-2 font-bold',
  md: 'px-4 py-2 font-bold',
  sm: 'px-4 py-1 font-bold',
  xs: 'px-3 py-1 text-sm',
  bare: '',
} as const

export type ButtonVariant = keyof typeof variants
export type ButtonSize = keyof typeof sizes

// Joined with clsx, not cn(): the reader's comment and newsletter forms use these, and tailwind-merge
// would add 9 KB gzip to every post page. So an override never fights a default: pass size 'bare'
// to set the padding and type yourself, and a className with its own rounded-* keeps only that.
export function buttonClass({ variant = 'primary', size = 'lg', className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  const hasOwnRadius = className?.split(/\s+/).some((name) => name.startsWith('rounded')) ?? false
  return clsx(!hasOwnRadius && 'rounded', variants[variant], sizes[size], className)
}

export function Button({ variant, size, className, ...props }: React.ComponentProps<'button'> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button {...props} className={buttonClass({ variant, size, className })} />
}
