import { describe, expect, it } from 'vitest'
import { routes } from '@/lib/routes'
import { pageCount, parsePageNumber, splitCommentPage, splitPagination } from './pagination'

const pageHref = routes.listPage

describe('splitPagination', () => {
  it('splits a /page/N tail', () => {
    expect(splitPagination(['conditions', 'fibromyalgia', 'page', '3'])).toEqual({ segments: ['conditions', 'fibromyalgia'], page: 3 })
    expect(splitPagination(['conditions'])).toEqual({ segments: ['conditions'], page: 1 })
  })
  it('rejects page 1, zero, and non-numbers', () => {
    expect(splitPagination(['a', 'page', '1'])).toBeNull()
    expect(splitPagination(['a', 'page', '0'])).toBeNull()
    expect(splitPagination(['a', 'page', 'two'])).toBeNull()
  })
})

describe('page helpers', () => {
  it('parses page numbers strictly', () => {
    expect(parsePageNumber('12')).toBe(12)
    expect(parsePageNumber('012')).toBeNull()
    expect(parsePageNumber('1e3')).toBeNull()
  })
  it('counts pages and builds links', () => {
    expect(pageCount(0, 10)).toBe(1)
    expect(pageCount(21, 10)).toBe(3)
    expect(pageHref('/', 1)).toBe('/')
    expect(pageHref('/', 2)).toBe('/page/2')
    expect(pageHref('/tag/sleep', 3)).toBe('/tag/sleep/page/3')
  })
})

describe('splitCommentPage', () => {
  it('reads /slug/comment-page-N and leaves everything else whole', () => {
    expect(splitCommentPage(['a-post', 'comment-page-3'])).toEqual({ segments: ['a-post'], commentPage: 3 })
    expect(splitCommentPage(['a-post'])).toEqual({ segments: ['a-post'], commentPage: 1 })
    expect(splitCommentPage(['about', 'team', 'comment-page-2'])).toEqual({ segments: ['about', 'team', 'comment-page-2'], commentPage: 1 })
    expect(splitCommentPage(['a-post', 'comment-page-0'])).toEqual({ segments: ['a-post', 'comment-page-0'], commentPage: 1 })
  })
})
