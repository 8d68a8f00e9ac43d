import type { ZodError } from 'zod'

export type FormStatus = 'idle' | 'success' | 'invalid' | 'refused'

/** The one result shape of every server action (docs/architecture.md, "The write path"). */
export type FormState<Values extends Record<string, string> = Record<string, string>> = {
  status: FormStatus
  message?: string
  fieldErrors: Partial<Record<keyof Values & string, string>>
  values: Partial<Values>
}

export const initialFormState: FormState = { status: 'idle', fieldErrors: {}, values: {} }

const DEFAULT_INVALID_MESSAGE = 'Please check the fields marked below.'

// Never echoed back into a form, whatever the caller passes in `omit`.
const SECRET_FIELD = /password|secret/i
// Next adds these hidden fields to forms posted to server actions without JavaScript.
const FRAMEWORK_FIELD = /^\$ACTION/

/** The submitted string fields (first value of each), minus secrets, so inputs can refill. */
export function formValues(form: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || name in values) continue
    if (SECRET_FIELD.test(name) || FRAMEWORK_FIELD.test(name) || omit.includes(name)) continue
    values[name] = value
  }
  return values
}

function valuesFrom<V extends Record<string, string>>(values: Partial<V> | FormData): Partial<V> {
  if (!(values instanceof FormData)) return values
  // formValues only ever yields string fields, which is what V holds.
  return formValues(values) as Partial<V>
}

/** A validation failure: the first message for each field, and the values to refill. */
export function invalid<V extends Record<string, string>>(error: ZodError, values: Partial<V> | FormData, message?: string): FormState<V> {
  const fieldErrors: Partial<Record<string, string>> = {}
  let formError: string | undefined
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (field === undefined) formError ??= issue.message
    else if (typeof field !== 'symbol') fieldErrors[String(field)] ??= issue.message
  }
  return {
    status: 'invalid',
    message: message ?? formError ?? DEFAULT_INVALID_MESSAGE,
    fieldErrors: fieldErrors as FormState<V>['fieldErrors'],
    values: valuesFrom(values),
  }
}

/** A refusal that is not about one field's shape (flood, duplicate, closed): the text is kept. */
export function refused<V extends Record<string, string>>(
  message: string,
  values: Partial<V> | FormData,
  fieldErrors: FormState<V>['fieldErrors'] = {},
): FormState<V> {
  return { status: 'refused', message, fieldErrors, values: valuesFrom(values) }
}
