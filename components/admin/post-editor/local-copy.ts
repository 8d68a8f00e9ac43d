// What the author typed, kept in this browser (localStorage) until the server has it: a lost
// connection or a closed tab never loses typing. Keyed by the post's id ("new" before its first
// save); `base` is the revision marker (the post's last-modified time when the editor opened), so a
// copy made on top of an older version says so when offered back. Decision 0024.

export const keptFields = ['title', 'slug', 'excerpt', 'body', 'keyPoints', 'changeNote'] as const
export type KeptFields = Record<(typeof keptFields)[number], string>
export type LocalCopy = { base: number | null; typedAt: number; seq: number; fields: KeptFields }

export function localCopyKey(type: 'post' | 'page', id: number | null): string {
  return `spoonpress:unsaved:${type}:${id ?? 'new'}`
}

export function fieldsOf(form: HTMLFormElement): KeptFields {
  const data = new FormData(form)
  const fields = {} as KeptFields
  for (const name of keptFields) {
    const value = data.get(name)
    fields[name] = typeof value === 'string' ? value : ''
  }
  return fields
}

export function readLocalCopy(key: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key)
    if (!raw) return null
    const copy = JSON.parse(raw) as Partial<LocalCopy>
    if (typeof copy.typedAt !== 'number' || typeof copy.fields !== 'object' || copy.fields === null) return null
    return { base: typeof copy.base === 'number' ? copy.base : null, typedAt: copy.typedAt, seq: Number(copy.seq) || 0, fields: copy.fields }
  } catch {
    return null
  }
}

// Storage can be full or switched off (private windows): the server save still runs, so a failed
// local write only loses the safety net, never the save.
export function writeLocalCopy(key: string, copy: LocalCopy): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy))
  } catch {}
}

export function removeLocalCopy(key: string): void {
  try {
    window.localStorage.removeItem(key)
  } catch {}
}
