import 'server-only'
import { listAdminPosts, listCategoryOptions, listPageOptions, listRevisions, type PostForEdit } from '@/db/queries/admin-posts'
import { getDashboardCounts } from '@/db/queries/dashboard'
import { listMedia } from '@/db/queries/media'
import { getSendForPost } from '@/db/queries/newsletter-sends'
import { getSettings } from '@/db/queries/settings'
import type { PostStatus } from '@/db/schema'
import { parsePageNumber } from '@/lib/content/pagination'

// What the post and page editor screens show, loaded for the routes under app/(admin)/admin/posts
// and pages, so the screens in components/admin only render what they are given.

export async function loadPostEditor(type: 'post' | 'page', post: PostForEdit | null) {
  const isPublishedPost = post?.type === 'post' && post.status === 'published'
  const [send, counts] = isPublishedPost && post ? await Promise.all([getSendForPost(post.id), getDashboardCounts()]) : [null, null]
  const [settings, categories, pages, revisions, media] = await Promise.all([
    getSettings(),
    listCategoryOptions(),
    type === 'page' ? listPageOptions(post?.id ?? null) : Promise.resolve([]),
    post ? listRevisions(post.id) : Promise.resolve([]),
    listMedia(40, 0),
  ])
  return { type, post, send, confirmedSubscribers: counts?.subscribers ?? null, settings, categories, pages, revisions, media }
}

export type PostEditorData = Awaited<ReturnType<typeof loadPostEditor>>

const listStatuses = ['published', 'draft', 'scheduled', 'trash'] as const
const perPage = 20

export type PostListSearch = { status?: string; q?: string; page?: string; trashed?: string }

export async function loadPostList(type: 'post' | 'page', search: PostListSearch) {
  const status: PostStatus | 'all' = listStatuses.find((value) => value === search.status) ?? 'all'
  const query = (search.q ?? '').trim().slice(0, 100)
  const page = parsePageNumber(search.page ?? '1') ?? 1
  const [{ rows, total, counts }, settings] = await Promise.all([listAdminPosts({ type, status, query, page, perPage }), getSettings()])
  return {
    type,
    rows,
    counts,
    status,
    query,
    page,
    totalPages: Math.max(1, Math.ceil(total / perPage)),
    timeZone: settings.timeZone,
    isJustTrashed: Boolean(search.trashed),
  }
}

export type PostListData = Awaited<ReturnType<typeof loadPostList>>
