'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { autosavePostAction, savePostAction } from '@/app/(admin)/_actions/posts'
import type { PostStatus } from '@/db/schema'
import { initialFormState } from '@/lib/form-state'
import type { SaveState } from '@/lib/posts/save-state'
import { fieldsOf, localCopyKey, readLocalCopy, removeLocalCopy, writeLocalCopy, type LocalCopy } from './local-copy'

export type EditorValues = {
  id: number | null
  type: 'post' | 'page'
  status: PostStatus
  title: string
  slug: string
  excerpt: string
  body: string
  keyPoints: string
  changeNote: string
  lastReviewedOn: string
  categoryIds: number[]
  tags: string
  parentId: number | null
  featuredMediaId: number | null
  isAffiliate: boolean
  commentsOpen: boolean
  isSticky: boolean
  scheduledAt: string
  /** When the server last saved this post (ms), or null for a new one: the local copy's revision marker. */
  modifiedAt: number | null
}

export type MediaItem = { id: number; url: string; alt: string; caption: string; width: number | null; height: number | null }

/** What the editor's panels read: what was sent (after a save) over what is stored, and each field's error. */
export type EditorFieldState = { typed: (name: keyof EditorValues, fallback: string) => string; error: (name: string) => string | undefined }

const autosaveDelayMs = 4000
const localCopyDelayMs = 300
const retryDelayMs = 15_000
const offlineMessage = 'Not saved: offline. What you type is kept on this device and saved when the connection is back.'

// The form's state: the save action, the autosave a few seconds after the last keystroke (called
// directly, so a dropped connection is an answer to handle rather than an error screen), the copy
// of the typing kept in the browser until the server has it, and the id of the draft autosave
// created (later saves must update it rather than create another).
export function usePostEditor(values: EditorValues, justSaved: string | null = null) {
  const [state, formAction] = useActionState(savePostAction, initialFormState)
  const formRef = useRef<HTMLFormElement>(null)
  const [autosavedId, setAutosavedId] = useState<number | null>(null)
  const id = values.id ?? autosavedId
  const isLive = values.status === 'draft'
  const [saveState, setSaveState] = useState<SaveState>(values.modifiedAt === null ? { kind: 'new' } : { kind: 'saved', at: values.modifiedAt, isLive: true })
  const [autosaveMessage, setAutosaveMessage] = useState<string | undefined>(undefined)
  const [offeredCopy, setOfferedCopy] = useState<LocalCopy | null>(null)
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  const copyTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  const typedSeq = useRef(0)
  const isDirty = useRef(false)
  const isSaving = useRef(false)
  const savedIdRef = useRef<number | null>(values.id)
  const keyFor = (savedId: number | null) => localCopyKey(values.type, savedId)

  const keepLocalCopy = () => {
    const form = formRef.current
    if (!form) return
    writeLocalCopy(keyFor(savedIdRef.current), { base: values.modifiedAt, typedAt: Date.now(), seq: typedSeq.current, fields: fieldsOf(form) })
  }

  // The latest autosaveNow, for timers and window events set up earlier.
  const autosaveRef = useRef<() => void>(() => undefined)

  const showOffline = () => {
    setSaveState({ kind: 'offline' })
    setAutosaveMessage(offlineMessage)
  }

  async function autosaveNow() {
    const form = formRef.current
    if (!form || !isDirty.current) return
    if (!navigator.onLine) return showOffline()
    if (isSaving.current) return
    // Until the rich-text editor has loaded there is no body field: saving then would empty the body.
    if (!new FormData(form).has('body')) {
      timerRef.current = setTimeout(() => autosaveRef.current(), localCopyDelayMs)
      return
    }
    isSaving.current = true
    const sentSeq = typedSeq.current
    setSaveState({ kind: 'saving' })
    try {
      const result = await autosavePostAction(initialFormState, new FormData(form))
      setAutosaveMessage(result.message)
      if (result.status !== 'success') {
        setSaveState({ kind: 'failed', message: 'please check the fields marked below' })
        return
      }
      const savedId = Number(result.values.id) || null
      if (savedIdRef.current === null && savedId !== null) {
        removeLocalCopy(keyFor(null))
        savedIdRef.current = savedId
        setAutosavedId(savedId)
      }
      if (typedSeq.current === sentSeq) {
        isDirty.current = false
        removeLocalCopy(keyFor(savedIdRef.current))
        setSaveState({ kind: 'saved', at: Date.now(), isLive })
      } else {
        // More typing arrived while this save was on its way: keep the copy and save again.
        keepLocalCopy()
        setSaveState({ kind: 'unsaved' })
        timerRef.current = setTimeout(() => autosaveRef.current(), autosaveDelayMs)
      }
    } catch {
      if (!navigator.onLine) return showOffline()
      setSaveState({ kind: 'failed', message: 'the server did not answer; trying again shortly' })
      setAutosaveMessage('Not saved yet: the server did not answer. What you type is kept on this device; trying again shortly.')
      timerRef.current = setTimeout(() => autosaveRef.current(), retryDelayMs)
    } finally {
      isSaving.current = false
    }
  }

  useEffect(() => {
    autosaveRef.current = () => void autosaveNow()
  })

  const scheduleAutosave = () => {
    isDirty.current = true
    typedSeq.current += 1
    if (copyTimerRef.current) clearTimeout(copyTimerRef.current)
    // The rich-text editor's hidden field catches up after a render: read the form a moment later.
    copyTimerRef.current = setTimeout(keepLocalCopy, localCopyDelayMs)
    if (timerRef.current) clearTimeout(timerRef.current)
    if (!navigator.onLine) return showOffline()
    setSaveState((current) => (current.kind === 'saving' ? current : { kind: 'unsaved' }))
    timerRef.current = setTimeout(() => autosaveRef.current(), autosaveDelayMs)
  }

  // Back online: save what was typed meanwhile at once. Gone offline: say so before the next save.
  useEffect(() => {
    const onOnline = () => {
      if (isDirty.current) autosaveRef.current()
    }
    const onOffline = () => {
      if (isDirty.current) showOffline()
    }
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    return () => {
      window.removeEventListener('online', onOnline)
      window.removeEventListener('offline', onOffline)
    }
  }, [])

  // A save button's answer (the page comes back with ?saved=…): the server has everything typed.
  useEffect(() => {
    if (!justSaved) return
    isDirty.current = false
    removeLocalCopy(keyFor(null))
    removeLocalCopy(keyFor(values.id))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [justSaved, values.modifiedAt])

  // Typing this browser kept but the server never got (the tab closed while offline): offered back,
  // unless the server has saved this post since it was typed, or holds the same text.
  useEffect(() => {
    const copy = readLocalCopy(keyFor(values.id))
    if (!copy) return
    const isSame = copy.fields.title === values.title && copy.fields.body === values.body && copy.fields.excerpt === values.excerpt
    const isSavedSince = values.modifiedAt !== null && values.modifiedAt >= copy.typedAt
    if (isSame || isSavedSince || justSaved) removeLocalCopy(keyFor(values.id))
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    else setOfferedCopy(copy)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const fields: EditorFieldState = {
    typed: (name, fallback) => state.values[name] ?? fallback,
    error: (name) => state.fieldErrors[name],
  }

  const localCopy = {
    offered: offeredCopy,
    // The caller re-mounts the fields with the copy's text; this saves it.
    accept: () => {
      setOfferedCopy(null)
      setSaveState({ kind: 'unsaved' })
      isDirty.current = true
      typedSeq.current += 1
      setTimeout(() => autosaveRef.current(), localCopyDelayMs)
    },
    discard: () => {
      removeLocalCopy(keyFor(values.id))
      setOfferedCopy(null)
    },
  }

  return { state, formAction, autosaveMessage, saveState, formRef, id, fields, scheduleAutosave, localCopy }
}
