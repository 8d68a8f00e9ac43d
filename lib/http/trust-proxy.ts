// Whom to believe about the client behind a reverse proxy (README, "Security"). Pure: scripts/serve.ts
// applies it to every request before Next sees it.
//
// TRUST_PROXY unset, "", "0", "false" or "off": X-Forwarded-* are ignored (and removed), the socket's
//   address is the client.
// TRUST_PROXY=N (a whole number): N proxies stand in front; the client is the address N entries from
//   the right of "X-Forwarded-For, socket address".
// TRUST_PROXY=a,b,c (addresses): only a request whose socket is one of these is forwarded; the client
//   is the right-most address in X-Forwarded-For that is not one of these.

export type TrustProxy = { kind: 'off' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: readonly string[] }

export type ForwardedFacts = { socketAddress: string; forwardedFor: string | undefined; forwardedProto: string | undefined }

export type ClientFacts = {
  /** The client's address, for flood limits and the login throttle. */
  address: string
  /** The scheme the client used, when a trusted proxy said so; null when only the socket is known. */
  forwardedProto: 'http' | 'https' | null
}

function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '')
  // IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d.
  return trimmed.toLowerCase().startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed.toLowerCase()
}

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const trimmed = (value ?? '').trim()
  if (trimmed === '' || /^(0|false|off|no)$/i.test(trimmed)) return { kind: 'off' }
  if (/^\d+$/.test(trimmed)) return { kind: 'hops', hops: Math.min(Number(trimmed), 10) }
  const addresses = trimmed.split(',').map(normalizeAddress).filter(Boolean)
  if (addresses.length === 0 || addresses.some((address) => !/^[0-9a-f.:]+$/.test(address))) {
    throw new Error(`TRUST_PROXY must be a number of proxies or a comma-separated list of IP addresses, not "${trimmed}"`)
  }
  return { kind: 'addresses', addresses }
}

function lastProto(header: string | undefined): 'http' | 'https' | null {
  const value = header?.split(',').pop()?.trim().toLowerCase()
  return value === 'https' || value === 'http' ? value : null
}

export function decideClient(setting: TrustProxy, facts: ForwardedFacts): ClientFacts {
  const socket = normalizeAddress(facts.socketAddress)
  if (setting.kind === 'off') return { address: socket, forwardedProto: null }
  const chain = [...(facts.forwardedFor ?? '').split(',').map(normalizeAddress).filter(Boolean), socket]
  if (setting.kind === 'hops') {
    if (setting.hops === 0) return { address: socket, forwardedProto: null }
    const index = Math.max(0, chain.length - 1 - setting.hops)
    return { address: chain[index] ?? socket, forwardedProto: lastProto(facts.forwardedProto) }
  }
  const trusted = new Set(setting.addresses)
  if (!trusted.has(socket)) return { address: socket, forwardedProto: null }
  const client = [...chain].reverse().find((address) => !trusted.has(address)) ?? chain[0] ?? socket
  return { address: client, forwardedProto: lastProto(facts.forwardedProto) }
}

/** Cookies get the Secure flag when the site is https, or when a trusted proxy says the request was. */
export function isSecureRequest(siteUrl: string, client: ClientFacts): boolean {
  return siteUrl.startsWith('https://') || client.forwardedProto === 'https'
}
