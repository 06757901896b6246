import type { SiteConfig } from '../models/site-config';

export interface SiteLayoutsProps {
  layouts: readonly SiteConfig[];
  onDelete: (origin: string) => void;
  onExport: () => void;
  /** Gets the chosen file's text; the result line says what happened. */
  onImport: (text: string) => void;
  /** What the last import or export did, or why it failed. */
  result?: { ok: boolean; text: string } | null;
}

/** How a layout tells the counselor's messages from the client's, in a few words. */
export function ownRuleText(own: SiteConfig['own']): string {
  if ('selector' in own) return `yours are marked ${own.selector}`;
  if ('side' in own) return `yours sit on the ${own.side}`;
  return `yours carry your name (${own.sender})`;
}

/** The layouts taught in pick mode: what they are, delete, export for colleagues, import from IT. */
export function SiteLayouts({ layouts, onDelete, onExport, onImport, result }: SiteLayoutsProps) {
  return (
    <section class="card site-layouts" aria-label="Taught site layouts">
      <details>
        <summary>Taught site layouts ({layouts.length})</summary>
        {layouts.length === 0 ? (
          <p class="muted">None yet. On a chat site Attune does not know, use “Teach Attune this page”.</p>
        ) : (
          <ul>
            {layouts.map((layout) => (
              <li key={layout.origin}>
                <span>{layout.origin}</span> <span class="muted">· {ownRuleText(layout.own)}</span>{' '}
                <button
                  type="button"
                  aria-label={`Delete the layout for ${layout.origin}`}
                  onClick={() => onDelete(layout.origin)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="muted">
          Layouts hold only where things are on the page, never what anyone wrote. Where only names tell
          people apart, a layout keeps a hash of your display name, not the name.
        </p>
        <div class="row">
          <button type="button" onClick={onExport} disabled={layouts.length === 0}>
            Export layouts
          </button>
          <label class="file-button">
            Import layouts
            <input
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void file.text().then(onImport);
              }}
            />
          </label>
        </div>
        {result && (
          <p class={result.ok ? 'muted' : 'warning'} role={result.ok ? 'status' : 'alert'}>
            {result.text}
          </p>
        )}
      </details>
    </section>
  );
}
