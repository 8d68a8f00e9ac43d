import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Debian's varnishd with the shipped deploy/varnish.vcl, in front of an app started with
// e2e/app-process.ts. Only the backend port differs from the file we ship (it says 3000). Ports
// 6081-6099 (6081 itself is where Debian's own varnish service listens, if it runs).

export type RunningVarnish = { origin: string; dir: string; process: ChildProcess; output: () => string }

export async function startVarnish(listenPort: number, backendPort: number): Promise<RunningVarnish> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoonpress-varnish-'))
  const shipped = readFileSync(path.resolve('deploy/varnish.vcl'), 'utf8')
  const vcl = shipped.replace('.port = "3000";', `.port = "${backendPort}";`)
  if (vcl === shipped) throw new Error('deploy/varnish.vcl no longer names its backend as .port = "3000"')
  // varnishd reads the file as its own unprivileged user.
  chmodSync(dir, 0o755)
  const vclPath = path.join(dir, 'spoonpress.vcl')
  writeFileSync(vclPath, vcl, { mode: 0o644 })
  const origin = `http://127.0.0.1:${listenPort}`
  // -F: in the foreground, so stopping the process group stops Varnish; -T none: no admin port.
  // Debian puts it in /usr/sbin, which a non-root PATH may lack.
  const varnishd = existsSync('/usr/sbin/varnishd') ? '/usr/sbin/varnishd' : 'varnishd'
  const child = spawn(varnishd, ['-F', '-a', `127.0.0.1:${listenPort}`, '-T', 'none', '-f', vclPath, '-n', path.join(dir, 'work'), '-s', 'malloc,64m'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const varnish = { origin, dir, process: child, output: () => output }
  const started = Date.now()
  while (Date.now() - started < 30_000) {
    if (child.exitCode !== null) throw new Error(`varnishd exited (${child.exitCode}):\n${output}`)
    try {
      if ((await fetch(`${origin}/robots.txt`)).ok) return varnish
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stopVarnish(varnish)
  throw new Error(`varnishd did not start within 30 s:\n${output}`)
}

/** Stops Varnish (its whole process group) and removes its working directory. */
export async function stopVarnish(varnish: RunningVarnish): Promise<void> {
  const isRunning = varnish.process.exitCode === null && varnish.process.signalCode === null && varnish.process.pid !== undefined
  if (isRunning && varnish.process.pid !== undefined) {
    const exited = new Promise((resolve) => varnish.process.once('exit', resolve))
    try {
      process.kill(-varnish.process.pid, 'SIGTERM')
      await exited
    } catch {
      // Already gone.
    }
  }
  rmSync(varnish.dir, { recursive: true, force: true })
}
