'use client'

import { startTransition, useActionState, useRef } from 'react'
import { autosavePostAction, savePostAction } from '@/app/(admin)/_actions/posts'
import type { PostStatus } from '@/db/schema'
import { initialFormState } from '@/lib/form-state'

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
}

export type MediaItem = { id: number; url: string; alt: string; caption: string; width: number | null; height: number | null }

/** What the editor's panels read: what was sent (after a save) over what is stored, and each field's error. */
export type EditorFieldState = { typed: (name: keyof EditorValues, fallback: string) => string; error: (name: string) => string | undefined }

const autosaveDelayMs = 4000

// The form's state: the save action, the autosave action a few seconds after the last keystroke, and
// the id of the draft autosave created (later saves must update it rather than create another).
export function usePostEditor(values: EditorValues) {
  const [state, formAction] = useActionState(savePostAction, initialFormState)
  const [autosave, autosaveAction] = useActionState(autosavePostAction, initialFormState)
  const formRef = useRef<HTMLFormElement>(null)
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  const id = values.id ?? (autosave.values.id ? Number(autosave.values.id) : null)
  const fields: EditorFieldState = {
    typed: (name, fallback) => state.values[name] ?? fallback,
    error: (name) => state.fieldErrors[name],
  }

  const scheduleAutosave = () => {
    if (timerRef.current) clearTimeout(timerRef.current)
    timerRef.current = setTimeout(() => {
      const form = formRef.current
      if (!form) return
      startTransition(() => autosaveAction(new FormData(form)))
    }, autosaveDelayMs)
  }

  return { state, formAction, autosaveMessage: autosave.message, formRef, id, fields, scheduleAutosave }
}
