import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

// Every editor page, enumerated from the code rather than listed by hand (a new screen is covered by
// the specs that walk them all: strangers are refused, nothing scrolls sideways on a phone).

export function findPages(directory: string, fileName = 'page.tsx'): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry)
    if (statSync(full).isDirectory()) return findPages(full, fileName)
    return entry === fileName ? [full] : []
  })
}

/** The URL of a page or route file; `[id]` becomes the id given for its section (`posts`, `comments`, …), else `fallbackId`. */
export function urlFor(file: string, idFor: (section: string) => number): string {
  const route = file
    .replace(/\\/g, '/')
    .replace(/^app\//, '/')
    .replace(/\/(page\.tsx|route\.ts)$/, '')
    .replace(/\/\([^)]+\)/g, '')
  const section = route.split('/')[2] ?? ''
  return route.includes('[id]') ? route.replace('[id]', String(idFor(section))) : route || '/'
}
