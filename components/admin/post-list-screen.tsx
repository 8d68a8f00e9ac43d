import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { listAdminPosts } from '@/db/queries/admin-posts'
import { getSettings } from '@/db/queries/settings'
import type { PostStatus } from '@/db/schema'
import { parsePageNumber } from '@/lib/content/pagination'
import { PostTable } from './post-table'

const statuses = ['published', 'draft', 'scheduled', 'trash'] as const

export async function PostListScreen({ type, search }: { type: 'post' | 'page'; search: { status?: string; q?: string; page?: string; trashed?: string } }) {
  const status: PostStatus | 'all' = statuses.find((value) => value === search.status) ?? 'all'
  const query = (search.q ?? '').trim().slice(0, 100)
  const page = parsePageNumber(search.page ?? '1') ?? 1
  const perPage = 20
  const [{ rows, total, counts }, settings] = await Promise.all([listAdminPosts({ type, status, query, page, perPage }), getSettings()])
  const label = type === 'post' ? 'Posts' : 'Pages'
  return (
    <>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">{label}</h1>
        <Link href={`/admin/${type}s/new`} className={buttonClass({ size: 'md', className: 'no-underline' })}>
          {type === 'post' ? 'New post' : 'New page'}
        </Link>
      </div>
      {search.trashed ? (
        <p role="status" className="mt-3 text-sage">
          Moved to the trash. You can restore it from here.
        </p>
      ) : null}
      <PostTable
        type={type}
        rows={rows}
        counts={counts}
        status={status}
        query={query}
        page={page}
        totalPages={Math.max(1, Math.ceil(total / perPage))}
        timeZone={settings.timeZone}
      />
    </>
  )
}
