import { hash, verify } from '@node-rs/argon2'

// Algorithm.Argon2id is a const enum (unusable with isolatedModules); its value is 2.
const argon2id = 2

// argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum recommendation).
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: argon2id })
}

// A real hash of a throwaway password: checking an unknown account against it takes as long as a
// real check, so response times do not tell which emails have accounts.
const dummyHash = hashPassword('spoonpress-dummy-password-never-used')

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await dummyHash), password)
  } catch {
    return false
  }
}
