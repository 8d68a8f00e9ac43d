'use client'

import { errorBoxClass } from '@/components/ui/form-message'
import { ContentFields } from './post-editor/content-fields'
import { SchedulePanel, StatusPanel } from './post-editor/publish-panels'
import { ReviewPanel } from './post-editor/review-panel'
import { FeaturedImagePanel, OptionsPanel, ParentPagePanel, TaxonomyPanels } from './post-editor/side-panels'
import { usePostEditor, type EditorValues, type MediaItem } from './post-editor/use-post-editor'

export type { EditorValues } from './post-editor/use-post-editor'

// The post and page editor: the writing column and the publishing sidebar, one form, saved by the
// button pressed (its `intent`) and autosaved as a draft while typing.
export function PostEditorForm({
  values,
  categories,
  pages,
  media,
  timeZone,
}: {
  values: EditorValues
  categories: { id: number; name: string; parentId: number | null }[]
  pages: { id: number; title: string; parentId: number | null }[]
  media: MediaItem[]
  timeZone: string
}) {
  const { state, formAction, autosaveMessage, formRef, id, fields, scheduleAutosave } = usePostEditor(values)
  const isPost = values.type === 'post'

  return (
    <form ref={formRef} action={formAction} noValidate onInput={scheduleAutosave} className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <input type="hidden" name="id" value={id ?? ''} />
      <input type="hidden" name="type" value={values.type} />
      <div className="min-w-0 space-y-5">
        <div role="alert" aria-live="assertive">
          {state.message ? <p className={errorBoxClass}>{state.message}</p> : null}
        </div>
        <ContentFields fields={fields} values={values} media={media} onChange={scheduleAutosave} />
      </div>

      <aside aria-label="Publishing" className="space-y-5">
        <StatusPanel status={values.status} autosaveMessage={autosaveMessage} />
        {values.status !== 'published' ? <SchedulePanel fields={fields} scheduledAt={values.scheduledAt} timeZone={timeZone} /> : null}
        {isPost ? (
          <TaxonomyPanels fields={fields} categories={categories} categoryIds={values.categoryIds} tags={values.tags} />
        ) : (
          <ParentPagePanel fields={fields} pages={pages} parentId={values.parentId} />
        )}
        <FeaturedImagePanel fields={fields} media={media} featuredMediaId={values.featuredMediaId} />
        {isPost ? <ReviewPanel fields={fields} changeNote={values.changeNote} lastReviewedOn={values.lastReviewedOn} /> : null}
        <OptionsPanel isPost={isPost} values={values} />
      </aside>
    </form>
  )
}
