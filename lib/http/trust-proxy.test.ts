import { describe, expect, it } from 'vitest'
import { decideClient, isSecureRequest, parseTrustProxy } from './trust-proxy'

const facts = { socketAddress: '10.0.0.2', forwardedFor: '203.0.113.9, 198.51.100.4', forwardedProto: 'https' }

describe('parseTrustProxy', () => {
  it('is off by default and for the usual "no" words', () => {
    for (const value of [undefined, '', ' ', '0', 'false', 'off', 'No']) expect(parseTrustProxy(value)).toEqual({ kind: 'off' })
  })

  it('reads a hop count or a list of addresses', () => {
    expect(parseTrustProxy('2')).toEqual({ kind: 'hops', hops: 2 })
    expect(parseTrustProxy('127.0.0.1, ::1, ::ffff:10.0.0.2')).toEqual({ kind: 'addresses', addresses: ['127.0.0.1', '::1', '10.0.0.2'] })
  })

  it('refuses anything else rather than guessing', () => {
    expect(() => parseTrustProxy('yes please')).toThrow(/TRUST_PROXY/)
  })
})

describe('decideClient', () => {
  it('believes nothing forwarded when off', () => {
    expect(decideClient({ kind: 'off' }, facts)).toEqual({ address: '10.0.0.2', forwardedProto: null })
  })

  it('counts hops from the right, so a client cannot push its own entry past the proxy', () => {
    expect(decideClient({ kind: 'hops', hops: 1 }, facts)).toEqual({ address: '198.51.100.4', forwardedProto: 'https' })
    expect(decideClient({ kind: 'hops', hops: 2 }, facts).address).toBe('203.0.113.9')
    expect(decideClient({ kind: 'hops', hops: 9 }, facts).address).toBe('203.0.113.9')
    expect(decideClient({ kind: 'hops', hops: 1 }, { ...facts, forwardedFor: undefined }).address).toBe('10.0.0.2')
  })

  it('with an address list, believes only a trusted socket and skips trusted entries', () => {
    const setting = parseTrustProxy('10.0.0.2, 198.51.100.4')
    expect(decideClient(setting, facts)).toEqual({ address: '203.0.113.9', forwardedProto: 'https' })
    expect(decideClient(setting, { ...facts, socketAddress: '::ffff:192.0.2.1' })).toEqual({ address: '192.0.2.1', forwardedProto: null })
  })

  it('sets Secure cookies for an https site, or an https request a trusted proxy reports', () => {
    expect(isSecureRequest('https://blog.example', { address: 'x', forwardedProto: null })).toBe(true)
    expect(isSecureRequest('http://localhost:3000', { address: 'x', forwardedProto: 'https' })).toBe(true)
    expect(isSecureRequest('http://localhost:3000', decideClient({ kind: 'off' }, facts))).toBe(false)
  })
})
