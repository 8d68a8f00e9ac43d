import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import type { PostListData } from '@/lib/server/admin/post-screens'
import { PostTable } from './post-table'

// The post or page list, as loaded by lib/server/admin/post-screens.ts.
export function PostListScreen({ data }: { data: PostListData }) {
  const { type, rows, counts, status, query, page, totalPages, timeZone } = data
  const label = type === 'post' ? 'Posts' : 'Pages'
  return (
    <>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">{label}</h1>
        <Link href={`/admin/${type}s/new`} className={buttonClass({ size: 'md', className: 'no-underline' })}>
          {type === 'post' ? 'New post' : 'New page'}
        </Link>
      </div>
      {data.isJustTrashed ? (
        <p role="status" className="mt-3 text-sage">
          Moved to the trash. You can restore it from here.
        </p>
      ) : null}
      <PostTable type={type} rows={rows} counts={counts} status={status} query={query} page={page} totalPages={totalPages} timeZone={timeZone} />
    </>
  )
}
