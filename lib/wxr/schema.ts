import { z } from 'zod'

// The Import screen's upload. Server actions take bodies up to 9 MB (next.config.ts); a larger export
// goes through `npm run import:wxr`, which streams files of any size.
export const maxUploadedExportBytes = 8 * 1024 * 1024

export const importMessages = {
  file: 'Please choose the .xml file WordPress exported (Tools → Export).',
  tooLarge: 'This file is larger than 8 MB: import it with `npm run import:wxr -- FILE` on the server instead.',
} as const

export const importUploadInput = z.object({
  file: z
    .instanceof(File, { error: importMessages.file })
    .refine((file) => file.size > 0, importMessages.file)
    .refine((file) => file.size <= maxUploadedExportBytes, importMessages.tooLarge),
})
