// The hosts the author allows images from (Settings, "Images from other sites"): https only, one a
// line. Used by the settings schema and by the reader pages' Content-Security-Policy (lib/http/csp.ts).

/** One host a line ("images.example.com" or "https://cdn.example.org"); anything else is dropped. */
export function parseImageHosts(text: string): string[] {
  const hosts = new Set<string>()
  for (const line of text.split(/\r\n|\r|\n|,/)) {
    const trimmed = line.trim().toLowerCase().replace(/\/+$/, '')
    const host = trimmed.replace(/^https:\/\//, '')
    if (/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/.test(host)) hosts.add(`https://${host}`)
  }
  return [...hosts]
}

export function invalidImageHostLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && parseImageHosts(line).length === 0)
}
