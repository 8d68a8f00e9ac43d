// The editor's save state, always on screen while writing: what the server has of the author's typing.
export type SaveState =
  | { kind: 'new' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number; isLive: boolean }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string }

/** "Saved 10 s ago", "Saving…", "Not saved: offline", … (`now` in ms, for the "ago"). */
export function saveStateText(state: SaveState, now: number): string {
  switch (state.kind) {
    case 'new':
      return 'Not saved yet'
    case 'unsaved':
      return 'Not saved yet: saving in a moment'
    case 'saving':
      return 'Saving…'
    case 'offline':
      return 'Not saved: offline'
    case 'failed':
      return `Not saved: ${state.message}`
    case 'saved': {
      const ago = savedAgo(Math.max(0, now - state.at))
      return state.isLive ? `Saved ${ago}` : `Autosaved ${ago}; readers see it when you press Update`
    }
  }
}

function savedAgo(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  if (seconds < 5) return 'just now'
  if (seconds < 60) return `${seconds} s ago`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} h ago`
  const days = Math.floor(hours / 24)
  return `${days} ${days === 1 ? 'day' : 'days'} ago`
}
