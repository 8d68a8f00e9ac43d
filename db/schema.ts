import { relations, sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { CommentStatus, CommentType } from '@/lib/comments/status'
import type { CommentStatusSetting, PostStatus, PostType } from '@/lib/posts/status'

// Timestamps are integer milliseconds since the epoch, UTC. Plain numbers survive Next's data cache
// (JSON) unchanged, which Date objects do not.
const createdAt = () =>
  integer('created_at')
    .notNull()
    .default(sql`(unixepoch() * 1000)`)

export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  passwordHash: text('password_hash'),
  tagline: text('tagline').notNull().default(''),
  bio: text('bio').notNull().default(''),
  avatarMediaId: integer('avatar_media_id'),
  // Part of every session token; raising it ends every session of this author (lib/auth/gate.ts).
  sessionVersion: integer('session_version').notNull().default(0),
  // The one session a password change keeps (the browser that changed it), by its token's session id.
  keptSessionId: text('kept_session_id'),
  createdAt: createdAt(),
})

export type { CommentStatusSetting, PostStatus, PostType }

export const posts = sqliteTable(
  'posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type').$type<PostType>().notNull().default('post'),
    status: text('status').$type<PostStatus>().notNull().default('draft'),
    // The status a trashed item had, so "restore" puts it back where it was.
    statusBeforeTrash: text('status_before_trash').$type<PostStatus>(),
    title: text('title').notNull().default(''),
    slug: text('slug').notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id),
    // Pages only: the page tree gives their URL (/about/whats-helped-me-most).
    parentId: integer('parent_id'),
    menuOrder: integer('menu_order').notNull().default(0),
    excerpt: text('excerpt').notNull().default(''),
    // Sanitized HTML (lib/content/sanitize.ts) — never stored unsanitized.
    body: text('body').notNull().default(''),
    // JSON array of 3 to 5 short strings, or null.
    keyPoints: text('key_points', { mode: 'json' }).$type<string[]>(),
    changeNote: text('change_note').notNull().default(''),
    primaryCategoryId: integer('primary_category_id'),
    featuredMediaId: integer('featured_media_id'),
    isAffiliate: integer('is_affiliate', { mode: 'boolean' }).notNull().default(false),
    isSticky: integer('is_sticky', { mode: 'boolean' }).notNull().default(false),
    commentStatus: text('comment_status').$type<CommentStatusSetting>().notNull().default('open'),
    publishedAt: integer('published_at'),
    // "Last Updated": set when a published post is edited.
    updatedAt: integer('updated_at'),
    lastReviewedAt: integer('last_reviewed_at'),
    // Approved comments only, kept in step by db/queries/comments.ts inside the same transaction.
    commentCount: integer('comment_count').notNull().default(0),
    // A WordPress post password: readers must enter it before the body is shown (empty = none).
    password: text('password').notNull().default(''),
    // A featured image imported from WordPress without its file (no --uploads): the file's old URL.
    featuredImageUrl: text('featured_image_url').notNull().default(''),
    wordpressId: integer('wordpress_id'),
    createdAt: createdAt(),
    modifiedAt: integer('modified_at')
      .notNull()
      .default(sql`(unixepoch() * 1000)`),
  },
  (table) => [
    index('posts_type_status_published_idx').on(table.type, table.status, table.publishedAt),
    index('posts_slug_idx').on(table.slug),
    index('posts_parent_idx').on(table.parentId),
    index('posts_wordpress_idx').on(table.wordpressId),
  ],
)

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull().default(''),
    body: text('body').notNull(),
    keyPoints: text('key_points', { mode: 'json' }).$type<string[]>(),
    isAutosave: integer('is_autosave', { mode: 'boolean' }).notNull().default(false),
    authorId: integer('author_id').references(() => authors.id),
    createdAt: createdAt(),
  },
  (table) => [index('revisions_post_idx').on(table.postId, table.createdAt)],
)

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    parentId: integer('parent_id'),
    description: text('description').notNull().default(''),
    wordpressId: integer('wordpress_id'),
  },
  (table) => [index('categories_parent_idx').on(table.parentId)],
)

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  description: text('description').notNull().default(''),
  wordpressId: integer('wordpress_id'),
})

export const postCategories = sqliteTable(
  'post_categories',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.postId, table.categoryId] }), index('post_categories_category_idx').on(table.categoryId)],
)

export const postTags = sqliteTable(
  'post_tags',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.postId, table.tagId] }), index('post_tags_tag_idx').on(table.tagId)],
)

export type { CommentStatus, CommentType }

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    // Set when the blog's author wrote the comment (marked on the page).
    authorId: integer('author_id').references(() => authors.id),
    authorName: text('author_name').notNull(),
    authorEmail: text('author_email').notNull().default(''),
    authorUrl: text('author_url').notNull().default(''),
    authorIp: text('author_ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
    // Plain text as typed; rendered by lib/comments/render-body.ts, escaped, never as HTML.
    body: text('body').notNull(),
    status: text('status').$type<CommentStatus>().notNull().default('pending'),
    type: text('type').$type<CommentType>().notNull().default('comment'),
    statusBeforeTrash: text('status_before_trash').$type<CommentStatus>(),
    notifyReplies: integer('notify_replies', { mode: 'boolean' }).notNull().default(false),
    // sha256 of the guest's private edit/delete link token and of the browser's "my pending comments" key.
    editTokenHash: text('edit_token_hash'),
    browserKeyHash: text('browser_key_hash'),
    notificationsPausedUntil: integer('notifications_paused_until'),
    wordpressId: integer('wordpress_id'),
    createdAt: createdAt(),
  },
  (table) => [
    index('comments_post_status_idx').on(table.postId, table.status, table.createdAt),
    index('comments_email_status_idx').on(table.authorEmail, table.status),
    // Posting a comment asks "has this name and email an approved comment?" (emails as typed, any
    // case) and "is this the same comment again?": without these, both read every comment.
    index('comments_email_lower_status_idx').on(sql`lower(${table.authorEmail})`, table.status),
    index('comments_post_email_idx').on(table.postId, table.authorEmail),
    index('comments_ip_created_idx').on(table.authorIp, table.createdAt),
    index('comments_parent_idx').on(table.parentId),
    index('comments_wordpress_idx').on(table.postId, table.wordpressId),
  ],
)

export type MenuItemKind = 'page' | 'category' | 'post' | 'custom'

export const menus = sqliteTable('menus', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  // 'primary' is the site header menu.
  location: text('location').unique(),
  wordpressId: integer('wordpress_id'),
})

export const menuItems = sqliteTable(
  'menu_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    menuId: integer('menu_id')
      .notNull()
      .references(() => menus.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    position: integer('position').notNull().default(0),
    // Empty label: use the target's current title.
    label: text('label').notNull().default(''),
    kind: text('kind').$type<MenuItemKind>().notNull(),
    targetId: integer('target_id'),
    url: text('url').notNull().default(''),
    wordpressId: integer('wordpress_id'),
  },
  (table) => [index('menu_items_menu_idx').on(table.menuId, table.parentId, table.position)],
)

// Key/value site settings; values are JSON. lib/settings.ts owns the keys, defaults and validation.
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
})

export const media = sqliteTable('media', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // Path below DATA_DIR/uploads.
  fileName: text('file_name').notNull().unique(),
  originalName: text('original_name').notNull().default(''),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  width: integer('width'),
  height: integer('height'),
  alt: text('alt').notNull().default(''),
  caption: text('caption').notNull().default(''),
  authorId: integer('author_id').references(() => authors.id),
  createdAt: createdAt(),
})

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed'

export const subscribers = sqliteTable('subscribers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  firstName: text('first_name').notNull().default(''),
  status: text('status').$type<SubscriberStatus>().notNull().default('pending'),
  source: text('source').notNull().default(''),
  // sha256 of the single-use confirmation token, with its expiry.
  confirmTokenHash: text('confirm_token_hash'),
  confirmTokenExpiresAt: integer('confirm_token_expires_at'),
  // Long-lived per-subscriber unsubscribe token (sha256), used by the one-click link.
  unsubscribeTokenHash: text('unsubscribe_token_hash'),
  createdAt: createdAt(),
  confirmedAt: integer('confirmed_at'),
  unsubscribedAt: integer('unsubscribed_at'),
})

export type NewsletterSendStatus = 'queued' | 'sending' | 'done'

export const newsletterSends = sqliteTable('newsletter_sends', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // Unique: a post goes to subscribers at most once.
  postId: integer('post_id')
    .notNull()
    .unique()
    .references(() => posts.id),
  status: text('status').$type<NewsletterSendStatus>().notNull().default('queued'),
  recipientCount: integer('recipient_count').notNull().default(0),
  sentCount: integer('sent_count').notNull().default(0),
  createdAt: createdAt(),
  finishedAt: integer('finished_at'),
})

export const newsletterDeliveries = sqliteTable(
  'newsletter_deliveries',
  {
    sendId: integer('send_id')
      .notNull()
      .references(() => newsletterSends.id, { onDelete: 'cascade' }),
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    sentAt: integer('sent_at'),
  },
  (table) => [primaryKey({ columns: [table.sendId, table.subscriberId] })],
)

export type OutboxStatus = 'queued' | 'sent' | 'failed'

// Every email the site sends. With SMTP_URL unset this is where mail stays, readable in the editor.
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>(),
    status: text('status').$type<OutboxStatus>().notNull().default('queued'),
    error: text('error'),
    createdAt: createdAt(),
    sentAt: integer('sent_at'),
    // The background sender's queue (lib/server/mail/outbox-sender.ts): when to try next (null: the
    // sender leaves the row alone, e.g. a newsletter email, whose send retries itself) and how many
    // attempts have failed so far.
    nextAttemptAt: integer('next_attempt_at'),
    attempts: integer('attempts').notNull().default(0),
  },
  (table) => [index('outbox_created_idx').on(table.createdAt), index('outbox_due_idx').on(table.status, table.nextAttemptAt)],
)

// One row that GET /healthz rewrites, to prove the database takes writes (app/healthz/route.ts).
export const healthChecks = sqliteTable('health_checks', {
  id: integer('id').primaryKey(),
  checkedAt: integer('checked_at').notNull(),
})

// Old URLs (imported WordPress permalinks, renamed slugs) that answer with a permanent redirect.
export const redirects = sqliteTable('redirects', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fromPath: text('from_path').notNull().unique(),
  toPath: text('to_path').notNull(),
  statusCode: integer('status_code').notNull().default(308),
  createdAt: createdAt(),
})

// WordPress attachments from an import: the old file URL is kept; with --uploads the file is copied
// into the media library too (mediaId).
export const wordpressAttachments = sqliteTable('wordpress_attachments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  wordpressId: integer('wordpress_id').notNull().unique(),
  url: text('url').notNull(),
  title: text('title').notNull().default(''),
  caption: text('caption').notNull().default(''),
  parentWordpressId: integer('parent_wordpress_id'),
  mediaId: integer('media_id').references(() => media.id, { onDelete: 'set null' }),
})

export type ImportJobStatus = 'queued' | 'running' | 'done' | 'failed'

// An import started from the editor's Import screen, run in the background; the page shows its progress.
export const importJobs = sqliteTable('import_jobs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  status: text('status').$type<ImportJobStatus>().notNull().default('queued'),
  originalName: text('original_name').notNull().default(''),
  // Path of the uploaded file below DATA_DIR/imports while the job runs.
  fileName: text('file_name').notNull(),
  totalBytes: integer('total_bytes').notNull().default(0),
  processedBytes: integer('processed_bytes').notNull().default(0),
  phase: text('phase').notNull().default(''),
  // The final report (lib/wxr/report.ts ImportReport) as JSON, once done.
  report: text('report', { mode: 'json' }),
  error: text('error'),
  createdAt: createdAt(),
  finishedAt: integer('finished_at'),
})

// Failed logins and comment posts per key (account or IP), for rate limits that survive restarts.
export const rateLimitHits = sqliteTable(
  'rate_limit_hits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('rate_limit_hits_bucket_key_idx').on(table.bucket, table.key, table.createdAt)],
)

export const postsRelations = relations(posts, ({ one, many }) => ({
  author: one(authors, { fields: [posts.authorId], references: [authors.id] }),
  postCategories: many(postCategories),
  postTags: many(postTags),
  comments: many(comments),
}))

export const postCategoriesRelations = relations(postCategories, ({ one }) => ({
  post: one(posts, { fields: [postCategories.postId], references: [posts.id] }),
  category: one(categories, { fields: [postCategories.categoryId], references: [categories.id] }),
}))

export const postTagsRelations = relations(postTags, ({ one }) => ({
  post: one(posts, { fields: [postTags.postId], references: [posts.id] }),
  tag: one(tags, { fields: [postTags.tagId], references: [tags.id] }),
}))

export const commentsRelations = relations(comments, ({ one }) => ({
  post: one(posts, { fields: [comments.postId], references: [posts.id] }),
}))

export const menuItemsRelations = relations(menuItems, ({ one }) => ({
  menu: one(menus, { fields: [menuItems.menuId], references: [menus.id] }),
}))

export type Author = typeof authors.$inferSelect
export type Post = typeof posts.$inferSelect
export type NewPost = typeof posts.$inferInsert
export type Category = typeof categories.$inferSelect
export type Tag = typeof tags.$inferSelect
export type Comment = typeof comments.$inferSelect
export type NewComment = typeof comments.$inferInsert
export type Menu = typeof menus.$inferSelect
export type MenuItem = typeof menuItems.$inferSelect
export type Media = typeof media.$inferSelect
export type Subscriber = typeof subscribers.$inferSelect
export type OutboxEmail = typeof outbox.$inferSelect
export type Redirect = typeof redirects.$inferSelect

// What changed for readers, one row per contentChanged() call (lib/server/cache.ts), so every web
// process (and every host sharing this database) drops its cached pages for those tags within a
// second (docs/decisions/0025-many-processes.md). The id is the generation each process has caught
// up to; `origin` names the process that already invalidated its own caches. Old rows are pruned.
export const contentChanges = sqliteTable('content_changes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
  origin: text('origin').notNull(),
  changedAt: integer('changed_at').notNull(),
})

// Which process runs each background job (lib/jobs/lease.ts): the holder renews its lease while it
// runs; another process takes the job over only once the lease has expired (docs/decisions/0025).
export const jobLeases = sqliteTable('job_leases', {
  job: text('job').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at').notNull(),
  takenAt: integer('taken_at').notNull(),
})
