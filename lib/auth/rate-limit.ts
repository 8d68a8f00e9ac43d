// Login throttling rules (the hits themselves live in the rate_limit_hits table, so limits survive
// restarts). Per account, so one person's password cannot be guessed slowly from many addresses;
// per address, so one machine cannot try many accounts.
export const loginLimits = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perAddress: 20,
} as const

export function isLoginThrottled(failures: { account: number; address: number }): boolean {
  return failures.account >= loginLimits.perAccount || failures.address >= loginLimits.perAddress
}
