import 'server-only'

/** The time a request is answered at, for "5 minutes ago": read here, not while React renders. */
export async function requestTime(): Promise<number> {
  return Date.now()
}
