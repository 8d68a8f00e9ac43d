import type { ImportJobView } from '@/db/queries/import-jobs'
import { importKinds, kindLabels } from '@/lib/wxr/report'

const phaseLabels: Record<string, string> = { reading: 'Reading the file', copying: 'Copying files', writing: 'Writing to the blog', done: 'Done' }

// An import's progress while it runs (the page refreshes itself, with or without JavaScript), then
// its report: counts per kind and every item left out with the reason.
export function ImportProgress({ job }: { job: ImportJobView }) {
  const isRunning = job.status === 'queued' || job.status === 'running'
  const percent = job.totalBytes > 0 ? Math.round((job.processedBytes / job.totalBytes) * 100) : 0
  return (
    <section aria-labelledby="import-progress-title" className="mt-6 rounded-lg border border-line bg-card p-4">
      {/* React puts this in <head>: the page reloads every two seconds while the import runs. */}
      {isRunning ? <meta httpEquiv="refresh" content="2" /> : null}
      <h2 id="import-progress-title" className="text-xl font-bold">
        Import of {job.originalName || 'your file'}
      </h2>
      {isRunning ? (
        <>
          <label htmlFor="import-progress" className="mt-2 block">
            {phaseLabels[job.phase] ?? 'Waiting to start'}: {percent}%
          </label>
          <progress id="import-progress" max={100} value={percent} className="w-full" />
        </>
      ) : null}
      <div role="status" aria-live="polite">
        {job.status === 'failed' ? (
          <p className="mt-2 rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark">Import refused: {job.error}</p>
        ) : null}
        {job.status === 'done' ? <p className="mt-2 font-bold text-sage">Import finished.</p> : null}
      </div>
      {job.report ? (
        <>
          <table className="mt-4 w-full text-left">
            <caption className="sr-only">What the import did, by kind</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Imported</th>
                <th scope="col">Updated</th>
                <th scope="col">Unchanged</th>
                <th scope="col">Skipped</th>
              </tr>
            </thead>
            <tbody>
              {importKinds.map((kind) => {
                const counts = job.report?.counts[kind]
                return (
                  <tr key={kind}>
                    <th scope="row">{kindLabels[kind]}</th>
                    <td>{counts?.imported ?? 0}</td>
                    <td>{counts?.updated ?? 0}</td>
                    <td>{counts?.unchanged ?? 0}</td>
                    <td>{counts?.skipped ?? 0}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          {job.report.skipped.length ? (
            <>
              <h3 className="mt-4 font-bold">Left out</h3>
              <ul className="list-disc pl-6">
                {job.report.skipped.map((item, index) => (
                  <li key={index}>
                    {kindLabels[item.kind]}: {item.label || '(untitled)'}: {item.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {job.report.notes.length ? (
            <>
              <h3 className="mt-4 font-bold">Notes</h3>
              <ul className="list-disc pl-6">
                {job.report.notes.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
