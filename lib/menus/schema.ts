import { z } from 'zod'
import { fieldLimits } from '@/lib/field-limits'

export const menuMessages = {
  notFound: 'This menu item is no longer in the menu. Please reload the page.',
  targetGone: 'Some of the chosen items no longer exist. Please reload the page.',
  nothingChosen: 'Please tick at least one item to add.',
  urlRequired: 'Please enter the address the link should go to.',
  urlUnsafe: 'Please enter a full web address starting with https:// or http://, or a path on this site starting with /.',
  labelRequired: 'Please enter the link text readers will see.',
  tooLong: 'Please keep this under 200 characters.',
  badStructure: 'The new order could not be saved. Please reload the page and try again.',
} as const

const maxLabelLength = fieldLimits.menu.label
const maxUrlLength = fieldLimits.menu.url

/** A database id from a form field: digits only ("0x10", "1e3", "1.0" are refused). */
const id = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : value),
  z.number({ error: menuMessages.notFound }).int(menuMessages.notFound).min(1, menuMessages.notFound),
)

// Only http(s) and paths on this site: a menu link is clicked by every reader, so javascript:, data:
// and the like are refused, and so are "//host" and "/\host", which browsers read as another site.
export function isSafeMenuUrl(url: string): boolean {
  if (/[\u0000-\u001f\s]/.test(url)) return false
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\')
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== ''
  } catch {
    return false
  }
}

export const menuItemIdInput = z.object({ id })

export const moveMenuItemInput = z.object({ id, move: z.enum(['up', 'down', 'in', 'out'], { error: menuMessages.notFound }) })

const menuUrl = z.string().trim().min(1, menuMessages.urlRequired).max(maxUrlLength, menuMessages.urlUnsafe).refine(isSafeMenuUrl, menuMessages.urlUnsafe)

// An empty label means "use the target's current title" (see lib/menus/tree.ts). Only a custom
// link's form posts a url, and a custom link has no title to fall back on, so it needs its label.
export const renameMenuItemInput = z
  .object({
    id,
    label: z.string().trim().max(maxLabelLength, menuMessages.tooLong),
    url: menuUrl.optional(),
  })
  .superRefine((input, context) => {
    if (input.url !== undefined && input.label === '') context.addIssue({ code: 'custom', path: ['label'], message: menuMessages.labelRequired })
  })

export const addMenuTargetsInput = z.object({
  kind: z.enum(['page', 'category', 'post'], { error: menuMessages.targetGone }),
  targetIds: z.array(id).min(1, menuMessages.nothingChosen).max(100, menuMessages.nothingChosen),
})

/** The "Add to menu" checkboxes post one targetId per ticked box, which Object.fromEntries would drop. */
export function readAddTargetsForm(form: FormData) {
  return { kind: form.get('kind'), targetIds: form.getAll('targetId') }
}

export const customLinkInput = z.object({
  url: menuUrl,
  label: z.string().trim().min(1, menuMessages.labelRequired).max(maxLabelLength, menuMessages.tooLong),
})

const structureNode = z.object({
  id: z.number().int().positive(),
  parentId: z.number().int().positive().nullable(),
  position: z.number().int().min(0),
})

// The whole structure after a drag, as JSON in one field; lib/menus/edit.ts validateStructure then
// checks it against the menu as it is now.
export const menuStructureInput = z.object({
  structure: z
    .string()
    .max(100_000)
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown
      } catch {
        context.addIssue({ code: 'custom', message: menuMessages.badStructure })
        return z.NEVER
      }
    })
    .pipe(z.array(structureNode, { error: menuMessages.badStructure }).max(1000, menuMessages.badStructure)),
})
