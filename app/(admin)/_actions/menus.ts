'use server'

import {
  applyMenuStructure,
  deleteMenuItem,
  ensureMenuId,
  insertCustomLink,
  insertMenuTargets,
  listMenuNodes,
  updateMenuItemText,
} from '@/db/queries/admin-menus'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { cacheTags } from '@/lib/cache-tags'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { contentChanged } from '@/lib/server/cache'
import { moveMenuItem } from '@/lib/menus/edit'
import {
  addMenuTargetsInput,
  customLinkInput,
  menuItemIdInput,
  menuMessages,
  menuStructureInput,
  moveMenuItemInput,
  readAddTargetsForm,
  renameMenuItemInput,
} from '@/lib/menus/schema'

// The editor edits the site header menu; other locations can get their own screen later.
const primaryMenu = { location: 'primary', name: 'Primary menu' } as const

const success = (message: string): FormState => ({ status: 'success', message, fieldErrors: {}, values: {} })

// The menu is on every reader page: drop the cached reads and the front page cache at once.
async function readerMenuChanged(): Promise<void> {
  await contentChanged([cacheTags.site])
}

const primaryMenuId = () => ensureMenuId(primaryMenu.location, primaryMenu.name)

// Move up, down, in, out (components/admin/menu-item-controls.tsx): one form per button.
export async function moveMenuItemAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = moveMenuItemInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(menuMessages.notFound, {})
  const menuId = await primaryMenuId()
  const moved = moveMenuItem(await listMenuNodes(menuId), parsed.data.id, parsed.data.move)
  if (!moved || !(await applyMenuStructure(menuId, moved))) return refused(menuMessages.notFound, {})
  await readerMenuChanged()
  return success('Menu updated.')
}

export async function renameMenuItemAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = renameMenuItemInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  if (!(await updateMenuItemText(await primaryMenuId(), parsed.data.id, parsed.data))) return refused(menuMessages.notFound, form)
  await readerMenuChanged()
  return success(parsed.data.label ? 'Saved.' : 'Label cleared: the title is used.')
}

export async function removeMenuItemAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = menuItemIdInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(menuMessages.notFound, {})
  if (!(await deleteMenuItem(await primaryMenuId(), parsed.data.id))) return refused(menuMessages.notFound, {})
  await readerMenuChanged()
  return success('Removed from the menu.')
}

// Ticked pages, categories or posts from the "Add to menu" panel.
export async function addMenuTargetsAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = addMenuTargetsInput.safeParse(readAddTargetsForm(form))
  if (!parsed.success) return invalid(parsed.error, {})
  const added = await insertMenuTargets(await primaryMenuId(), parsed.data.kind, parsed.data.targetIds)
  if (!added) return refused(menuMessages.targetGone, {})
  await readerMenuChanged()
  return success(added.length === 1 ? 'Added 1 item to the end of the menu.' : `Added ${added.length} items to the end of the menu.`)
}

export async function addCustomLinkAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = customLinkInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  await insertCustomLink(await primaryMenuId(), parsed.data)
  await readerMenuChanged()
  return success('Added the link to the end of the menu.')
}

// After a drag (components/admin/menu-editor.tsx): the whole structure at once, checked against
// the menu as it is inside the write's transaction.
export async function saveMenuStructureAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = menuStructureInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(menuMessages.badStructure, {})
  if (!(await applyMenuStructure(await primaryMenuId(), parsed.data.structure))) return refused(menuMessages.badStructure, {})
  await readerMenuChanged()
  return success('Menu order saved.')
}
