'use server'

import { refresh } from 'next/cache'
import { deleteSubscriber, importSubscribers } from '@/db/queries/subscribers'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { describeUnreadLines, importSummary, parseSubscriberCsv } from '@/lib/newsletter/csv'
import { importSubscribersInput, subscriberIdInput, subscriberMessages } from '@/lib/newsletter/schema'

const success = (message: string): FormState => ({ status: 'success', message, fieldErrors: {}, values: {} })

// The Remove button on /admin/subscribers (components/admin/subscriber-remove-button.tsx).
export async function deleteSubscriberAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = subscriberIdInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(subscriberMessages.notFound, {})
  if (!(await deleteSubscriber(parsed.data.id))) return refused(subscriberMessages.notFound, {})
  refresh()
  return success('Removed.')
}

// A CSV upload (components/admin/subscriber-import-form.tsx). Unreadable lines are reported by number
// and the rest imported, so one typo does not cost the author the whole list.
export async function importSubscribersAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = importSubscribersInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, {})
  const text = await parsed.data.file.text()
  if (text.includes('\u0000')) return refused(subscriberMessages.notCsv, {}, { file: subscriberMessages.notCsv })

  const { rows, invalid: unreadLines } = parseSubscriberCsv(text)
  if (rows.length === 0) {
    const reason = unreadLines.length > 0 ? describeUnreadLines(unreadLines) : 'no email addresses were found in this file'
    return refused(`Nothing imported: ${reason}.`, {})
  }
  const result = await importSubscribers(rows, Date.now())
  refresh()
  return success(importSummary(result, unreadLines))
}
