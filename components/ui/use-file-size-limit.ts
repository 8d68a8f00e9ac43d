'use client'

import { useState } from 'react'

/**
 * With JavaScript, a file over the limit is caught before it is sent: a body over the server's size
 * limit would end in an error page instead of a message by the field. Returns the message to show
 * and the input's onChange.
 */
export function useFileSizeLimit(maxBytes: number, tooLarge: string) {
  const [fileError, setFileError] = useState<string | null>(null)
  function checkSize(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0]
    if (chosen && chosen.size > maxBytes) {
      event.currentTarget.value = ''
      setFileError(tooLarge)
    } else {
      setFileError(null)
    }
  }
  return { fileError, checkSize }
}
