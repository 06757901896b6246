import type { HintSettings, Sensitivity } from '../models';
import { HINT_RULES, hintRuleIds } from '../lib/analysis/hints';

const SENSITIVITY_NAMES: Record<Sensitivity, string> = {
  fewer: 'Fewer: one hint at a time',
  balanced: 'Balanced: up to two',
  more: 'More: up to three',
};

/** Snooze, sensitivity and per-rule switches. Safety hints always show and cannot be switched off. */
export function HintSettingsView({
  settings,
  now,
  onChange,
  inlineMarksNote = null,
  hasHints = true,
}: {
  settings: HintSettings;
  now: number;
  onChange: (next: HintSettings) => void;
  /** Why clinic policy keeps inline marks off (then the switch is fixed off). */
  inlineMarksNote?: string | null;
  /** Hints are on screen now: only then is there anything to snooze (a snooze on stays resumable). */
  hasHints?: boolean;
}) {
  const snoozed = settings.snoozedUntil !== null && settings.snoozedUntil > now;
  return (
    <section class="card hint-settings" aria-label="Hint settings">
      {(hasHints || snoozed) && (
        <div class="snooze">
          <button
            type="button"
            onClick={() => onChange({ ...settings, snoozedUntil: snoozed ? null : now + 10 * 60_000 })}
          >
            {snoozed ? 'Resume hints' : 'Snooze hints for 10 minutes'}
          </button>
          {snoozed && <p class="muted">Hints are snoozed. Safety hints still show.</p>}
        </div>
      )}
      <details>
        <summary>Hint settings</summary>
        <fieldset>
          <legend>How many hints</legend>
          {(Object.keys(SENSITIVITY_NAMES) as Sensitivity[]).map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name="sensitivity"
                checked={settings.sensitivity === s}
                onChange={() => onChange({ ...settings, sensitivity: s })}
              />{' '}
              {SENSITIVITY_NAMES[s]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>In the chat page</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.inlineMarks && inlineMarksNote === null}
              disabled={inlineMarksNote !== null}
              onChange={(e) => onChange({ ...settings, inlineMarks: e.currentTarget.checked })}
            />{' '}
            Mark the client's resistance and risk phrases in the chat itself
          </label>
          {inlineMarksNote && <p class="muted policy-note">{inlineMarksNote}</p>}
        </fieldset>
        <fieldset>
          <legend>Hints to show</legend>
          {hintRuleIds.map((id) => (
            <label key={id} class="choice">
              <input
                type="checkbox"
                checked={HINT_RULES[id].safety || !settings.disabledRules.includes(id)}
                disabled={HINT_RULES[id].safety}
                onChange={(e) =>
                  onChange({
                    ...settings,
                    disabledRules: e.currentTarget.checked
                      ? settings.disabledRules.filter((r) => r !== id)
                      : [...settings.disabledRules, id],
                  })
                }
              />{' '}
              {HINT_RULES[id].label}
              {HINT_RULES[id].safety && <span class="muted"> (safety: always on)</span>}
            </label>
          ))}
        </fieldset>
      </details>
    </section>
  );
}
