import { buttonClass } from '@/components/ui/button'
import { comfortChoices, type Comfort, type ComfortSetting } from '@/lib/comfort/comfort'
import { routes } from '@/lib/routes'

const settingText: { [Setting in ComfortSetting]: { legend: string; hint?: string; labels: Record<Comfort[Setting], string> } } = {
  size: { legend: 'Text size', labels: { normal: 'Normal', large: 'Large', larger: 'Larger' } },
  spacing: { legend: 'Line spacing', labels: { normal: 'Normal', wide: 'Wide' } },
  theme: {
    legend: 'Colours',
    labels: { auto: 'Follow my device', light: 'Light', dim: 'Dim (low glare, warm)', contrast: 'High contrast' },
  },
  motion: { legend: 'Motion', labels: { auto: 'Follow my device', reduce: 'Reduce motion' } },
  focus: {
    legend: 'Focus mode',
    hint: 'Hides the sidebar, the greeting, share links and newsletter boxes.',
    labels: { off: 'Off', on: 'On' },
  },
}

const settings = Object.keys(comfortChoices) as ComfortSetting[]

// The reading comfort form: plain radio buttons posted to a route that sets the cookie and sends the
// reader back to the page they came from, so it works the same with or without JavaScript.
export function ComfortForm({ comfort, returnPath }: { comfort: Comfort; returnPath: string }) {
  return (
    <form method="post" action={routes.comfortSave} className="mt-6 space-y-6">
      <input type="hidden" name="back" value={returnPath} />
      {settings.map((setting) => {
        const text = settingText[setting]
        const hintId = `comfort-${setting}-hint`
        return (
          <fieldset key={setting} className="rounded-lg border border-line p-4" aria-describedby={text.hint ? hintId : undefined}>
            <legend className="px-1 text-lg font-bold">{text.legend}</legend>
            {text.hint ? (
              <p id={hintId} className="mb-2 text-base text-muted">
                {text.hint}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {comfortChoices[setting].map((choice) => (
                <label key={choice} className="inline-flex items-center gap-2">
                  <input type="radio" name={setting} value={choice} defaultChecked={comfort[setting] === choice} className="size-5 accent-accent" />
                  {(text.labels as Record<string, string>)[choice]}
                </label>
              ))}
            </div>
          </fieldset>
        )
      })}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass()}>
          Save reading comfort
        </button>
        <button type="submit" name="reset" value="1" className={buttonClass({ variant: 'secondary' })}>
          Back to the defaults
        </button>
      </div>
    </form>
  )
}
