// "I'm in a flare": reply notifications can be paused for two weeks instead of stopped
// (docs/decisions/0020-gentle-comment-tools.md). The pause is kept as a moment on the commenter's
// comments; "now" is passed in so the rule is tested with a moved clock.

export const replyNotificationPauseMs = 14 * 24 * 60 * 60 * 1000

/** Until when a pause asked for at `now` lasts. */
export function pauseUntil(now: number): number {
  return now + replyNotificationPauseMs
}

/** True while a pause set to end at `pausedUntil` is still running. */
export function isReplyNotificationPaused(pausedUntil: number | null, now: number): boolean {
  return pausedUntil !== null && now < pausedUntil
}
