import Link from 'next/link'
import { logoutAction } from '@/app/(auth)/_actions/auth'
import { Badge } from '@/components/ui/badge'
import { EditorMenu } from './editor-menu'

const links = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/posts', label: 'Posts' },
  { href: '/admin/pages', label: 'Pages' },
  { href: '/admin/comments', label: 'Comments' },
  { href: '/admin/media', label: 'Media' },
  { href: '/admin/menus', label: 'Menus' },
  { href: '/admin/categories', label: 'Categories' },
  { href: '/admin/tags', label: 'Tags' },
  { href: '/admin/subscribers', label: 'Subscribers' },
  { href: '/admin/outbox', label: 'Outbox' },
  { href: '/admin/privacy', label: 'Privacy' },
  { href: '/admin/settings', label: 'Settings' },
  { href: '/admin/import', label: 'Import & export' },
]

// Every entry is at least 44 px high, so a thumb hits the one it means on a phone.
const itemClass = 'flex min-h-11 items-center rounded px-3 py-2 text-ink no-underline hover:bg-accent-soft'

export function AdminNav({ authorName, pendingComments }: { authorName: string; pendingComments: number }) {
  return (
    <EditorMenu
      summary={
        <>
          <span aria-hidden="true">☰</span> Menu{' '}
          {pendingComments > 0 ? (
            <Badge data-testid="menu-pending-comments">
              {pendingComments}
              <span className="sr-only"> {pendingComments === 1 ? 'comment' : 'comments'} waiting</span>
            </Badge>
          ) : null}
        </>
      }
    >
      <nav aria-label="Editor" className="flex flex-col gap-1 text-base">
        <p className="mb-3 font-bold">{authorName}</p>
        {links.map((link) => (
          <Link key={link.href} href={link.href} className={itemClass}>
            {link.label}
            {link.href === '/admin/comments' && pendingComments > 0 ? (
              <Badge className="ml-2" data-testid="pending-comments">
                {pendingComments}
                <span className="sr-only"> waiting</span>
              </Badge>
            ) : null}
          </Link>
        ))}
        <Link href="/" className="mt-4 flex min-h-11 items-center rounded px-3 py-2 text-ink hover:bg-accent-soft">
          View site
        </Link>
        <form action={logoutAction}>
          <button type="submit" className="min-h-11 w-full rounded px-3 py-2 text-left text-accent underline hover:bg-accent-soft">
            Sign out
          </button>
        </form>
      </nav>
    </EditorMenu>
  )
}
