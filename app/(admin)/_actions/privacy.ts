'use server'

import { erasePersonalData } from '@/db/queries/privacy'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { contentChanged } from '@/lib/server/cache'
import { cacheTags } from '@/lib/cache-tags'
import { invalid, type FormState } from '@/lib/form-state'
import { eraseInput } from '@/lib/privacy/schema'

// "Erase personal data" on /admin/privacy: the address's comments keep their words but lose name,
// email, website, IP address and browser; its subscription, the mail to it and its rate-limit entries
// are deleted (db/queries/privacy.ts). Pages showing those comments are refreshed.
export async function erasePersonalDataAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = eraseInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form, 'Nothing was erased: please check the fields marked below.')
  const erased = await erasePersonalData(parsed.data.email)
  await contentChanged([...erased.postIds.map((postId) => cacheTags.comments(postId)), cacheTags.commentCounts])
  const message = `Erased the personal data of ${parsed.data.email}: ${erased.comments} comment(s) anonymised, ${erased.subscriptions} subscription(s) and ${erased.emails} email(s) removed.`
  return { status: 'success', message, fieldErrors: {}, values: {} }
}
