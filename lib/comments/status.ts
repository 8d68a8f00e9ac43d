// A comment's moderation state (see db/schema.ts, which stores it, and lib/comments/moderation-queue.ts).
export type CommentStatus = 'pending' | 'approved' | 'spam' | 'trash'
