import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { comfortChoices, comfortCookie, defaultComfort, serializeComfort, type Comfort } from '../comfort/comfort'
import { commenterCookie, pendingCookie } from '../comments/cookies'
import { seenCookie } from '../comments/seen-cookie'
import { postPasswordCookie } from '../posts/password'
import { returningCookie } from './page-cache'
import {
  privatePageHeaders,
  purgeableTags,
  sharedCacheTags,
  sharedPageHeaders,
  staleWhileRevalidateSeconds,
  withoutCacheDecisions,
} from './shared-cache-headers'

describe('sharedCacheTags', () => {
  it("keeps the app's own tags from Next's list, drops Next's implicit path tags and adds the site-wide tag", () => {
    const nextTags = '_N_T_/layout,_N_T_/first/layout,_N_T_/first/budgeting-spoons,site,posts,comment-counts,comments:12'
    expect(sharedCacheTags(nextTags)).toEqual(['spoonpress', 'site', 'posts', 'comment-counts', 'comments:12'])
  })

  it('falls back to tags every change names when the page has not said what it read', () => {
    expect(sharedCacheTags(undefined)).toEqual(['spoonpress', 'site', 'posts', 'comment-counts'])
    expect(sharedCacheTags('_N_T_/layout')).toEqual(['spoonpress', 'site', 'posts', 'comment-counts'])
  })

  it('never passes on a tag that could break a header or the ban regex', () => {
    expect(sharedCacheTags(['site', 'a b', 'x|y', 'ok:1', 'dot.ted'])).toEqual(['spoonpress', 'site', 'ok:1'])
    expect(purgeableTags(['comments:3', 'comments:3', '.*', ''])).toEqual(['comments:3'])
  })
})

describe('cache headers', () => {
  it('lets a shared cache keep a page briefly, never the browser, with tags in both CDN spellings', () => {
    const headers = sharedPageHeaders(['spoonpress', 'site', 'comments:12'])
    expect(headers['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400')
    expect(headers['cache-tag']).toBe('spoonpress,site,comments:12')
    expect(headers['surrogate-key']).toBe('spoonpress site comments:12')
  })

  it('keeps per-reader pages out of every shared cache', () => {
    expect(privatePageHeaders()).toEqual({ 'cache-control': 'private, no-store' })
  })

  it("drops Next's own caching decisions and keeps everything else", () => {
    const kept = withoutCacheDecisions({
      'cache-control': 's-maxage=31536000',
      'x-next-cache-tags': 'site',
      'content-type': 'text/html; charset=utf-8',
      'x-nextjs-cache': 'HIT',
    })
    expect(kept).toEqual({ 'content-type': 'text/html; charset=utf-8', 'x-nextjs-cache': 'HIT' })
  })
})

// The shipped Varnish configuration repeats a few of the app's names and numbers; this keeps them in step.
describe('deploy/varnish.vcl', () => {
  const vcl = readFileSync(path.resolve('deploy/varnish.vcl'), 'utf8')

  it('passes every per-reader cookie and keeps only the variant cookies', () => {
    const passed = /req\.http\.Cookie ~ "\(\^\|;\\s\*\)\(([^)]+)\)="/.exec(vcl)?.[1]?.split('|')
    expect(passed?.sort()).toEqual([commenterCookie, pendingCookie, postPasswordCookie].sort())
    expect(vcl).toContain(`cookie.filter("${returningCookie},${comfortCookie}")`)
    expect(vcl).toContain(`cookie.filter_re("^(${seenCookie}|`)
  })

  it("serves stale copies for the app's stale-while-revalidate window", () => {
    expect(vcl).toContain(`set req.grace = ${staleWhileRevalidateSeconds}s;`)
  })

  it('keys on every reading-comfort cookie the app writes, and on nothing else', () => {
    const pattern = /"\." \+ cookie\.get\("sp_comfort"\) ~ "([^"]+)"/.exec(vcl)?.[1]
    expect(pattern).toBeTruthy()
    const canonical = new RegExp(pattern ?? '$^')
    const settings = Object.keys(comfortChoices) as (keyof Comfort)[]
    let combinations: Comfort[] = [defaultComfort]
    for (const setting of settings) {
      combinations = combinations.flatMap((comfort) => comfortChoices[setting].map((choice) => ({ ...comfort, [setting]: choice })))
    }
    expect(combinations).toHaveLength(96)
    // The default choice writes an empty value, which the VCL drops before this check.
    const values = combinations.map(serializeComfort).filter((value) => value !== '')
    expect(values.filter((value) => !canonical.test(`.${value}`))).toEqual([])
    expect(canonical.test('.theme-dim.size-large')).toBe(false)
    expect(canonical.test('.theme-neon')).toBe(false)
  })
})
