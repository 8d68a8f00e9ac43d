import 'server-only'
import { readFillStamp, signFillStamp } from '@/lib/comments/fill-stamp'
import { generatedSecret } from '@/lib/server/env'

const secret = () => generatedSecret('comment-stamp-secret')

export function fillStampNow(): string {
  return signFillStamp(Date.now(), secret())
}

export function verifyFillStamp(stamp: string | null): number | null {
  return readFillStamp(stamp, secret())
}
