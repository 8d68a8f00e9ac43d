// A hidden field of the comment form: the front server answers this form's plain post itself
// (lib/server/comments/plain-post.ts, decision 0028). A module of its own, so the form's JavaScript
// does not carry the validation schema with it.
export const plainCommentPostField = { name: 'spoonpress_form', value: 'comment' } as const
