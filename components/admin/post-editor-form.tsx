'use client'

import { useState } from 'react'
import { errorBoxClass } from '@/components/ui/form-message'
import { ContentFields, MoreContentFields } from './post-editor/content-fields'
import { LocalCopyOffer, SaveStateLine } from './post-editor/save-state'
import { SchedulePanel, StatusPanel } from './post-editor/publish-panels'
import { ReviewPanel } from './post-editor/review-panel'
import { FeaturedImagePanel, OptionsPanel, ParentPagePanel, TaxonomyPanels } from './post-editor/side-panels'
import { usePostEditor, type EditorValues, type MediaItem } from './post-editor/use-post-editor'
import type { KeptFields } from './post-editor/local-copy'

export type { EditorValues } from './post-editor/use-post-editor'

// The post and page editor: the writing column, the publishing panels and the fields around the body,
// one form, saved by the button pressed (its `intent`) and autosaved as a draft while typing. On a
// phone they stack in that order (publishing right after the body); from a desktop width up the
// panels are a sidebar. The save state stays in view at the bottom of the screen.
export function PostEditorForm({
  values,
  categories,
  pages,
  media,
  timeZone,
  startAtEnd = false,
  justSaved = null,
}: {
  values: EditorValues
  categories: { id: number; name: string; parentId: number | null }[]
  pages: { id: number; title: string; parentId: number | null }[]
  media: MediaItem[]
  timeZone: string
  startAtEnd?: boolean
  justSaved?: string | null
}) {
  const { state, formAction, autosaveMessage, saveState, formRef, id, fields, scheduleAutosave, localCopy } = usePostEditor(values, justSaved)
  // Typing this browser kept and the author chose to put back: the fields re-mount with it.
  const [restored, setRestored] = useState<{ fields: KeptFields; version: number } | null>(null)
  const shown = restored ? { ...values, ...restored.fields } : values
  const isPost = values.type === 'post'

  // The publishing panels, in the order they follow the body on a phone.
  const sidePanels = [
    { key: 'status', panel: <StatusPanel status={values.status} autosaveMessage={autosaveMessage} /> },
    {
      key: 'schedule',
      panel: values.status !== 'published' ? <SchedulePanel fields={fields} scheduledAt={values.scheduledAt} timeZone={timeZone} /> : null,
    },
    {
      key: 'taxonomy',
      panel: isPost ? (
        <TaxonomyPanels fields={fields} categories={categories} categoryIds={values.categoryIds} tags={values.tags} />
      ) : (
        <ParentPagePanel fields={fields} pages={pages} parentId={values.parentId} />
      ),
    },
    { key: 'featured-image', panel: <FeaturedImagePanel fields={fields} media={media} featuredMediaId={values.featuredMediaId} /> },
    { key: 'review', panel: isPost ? <ReviewPanel fields={fields} changeNote={values.changeNote} lastReviewedOn={values.lastReviewedOn} /> : null },
    { key: 'options', panel: <OptionsPanel isPost={isPost} values={values} /> },
  ]

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onInput={scheduleAutosave}
      className="mt-6 grid gap-x-8 gap-y-5 lg:grid-cols-[minmax(0,1fr)_18rem] lg:grid-rows-[auto_1fr_auto] lg:items-start"
    >
      <input type="hidden" name="id" value={id ?? ''} />
      <input type="hidden" name="type" value={values.type} />
      <div key={`content-${restored?.version ?? 0}`} className="min-w-0 space-y-5 lg:col-start-1 lg:row-start-1">
        <div role="alert" aria-live="assertive">
          {state.message ? <p className={errorBoxClass}>{state.message}</p> : null}
        </div>
        {localCopy.offered ? (
          <LocalCopyOffer
            copy={localCopy.offered}
            isOnTopOfOlderVersion={localCopy.offered.base !== values.modifiedAt}
            onAccept={() => {
              const copy = localCopy.offered
              if (copy) setRestored({ fields: copy.fields, version: (restored?.version ?? 0) + 1 })
              localCopy.accept()
            }}
            onDiscard={localCopy.discard}
          />
        ) : null}
        <ContentFields fields={fields} values={shown} media={media} startAtEnd={startAtEnd} onChange={scheduleAutosave} />
      </div>

      <aside id="publishing" aria-label="Publishing" className="space-y-5 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        {sidePanels.map(({ key, panel }) => (panel ? <div key={key}>{panel}</div> : null))}
      </aside>

      <div key={`more-${restored?.version ?? 0}`} className="min-w-0 space-y-5 lg:col-start-1 lg:row-start-2">
        <MoreContentFields fields={fields} values={shown} />
      </div>

      <SaveStateLine state={saveState} />
    </form>
  )
}
