import {
  SITE_CONFIG_FILE_FORMAT,
  SITE_CONFIG_FILE_VERSION,
  SiteConfig,
  SiteConfigFile,
  SiteConfigs,
} from '../../models/site-config';
import { isValidSelector } from '../adapters/fallback/configured';
import { siteConfigsItem } from '../storage/page-items';

/**
 * Layouts taught in pick mode: kept in browser.storage.local (`siteConfigs`, keyed by origin),
 * exported as a versioned file and imported from one. Imports are checked whole before anything
 * is stored, so a bad file changes nothing.
 */
export const SITE_CONFIGS_KEY = siteConfigsItem.key;

/** The stored layouts; entries that no longer validate are left out rather than breaking all. */
export const loadSiteConfigs = (): Promise<SiteConfigs> => siteConfigsItem.getValue();

export async function saveSiteConfig(config: SiteConfig): Promise<void> {
  const all = await loadSiteConfigs();
  await siteConfigsItem.setValue({ ...all, [config.origin]: config });
}

export async function deleteSiteConfig(origin: string): Promise<void> {
  const all = await loadSiteConfigs();
  delete all[origin];
  await siteConfigsItem.setValue(all);
}

/** The export file's text: every layout, pretty-printed so IT can read and review it. */
export function siteConfigFileText(configs: SiteConfigs, now = Date.now()): string {
  const file: SiteConfigFile = {
    format: SITE_CONFIG_FILE_FORMAT,
    version: SITE_CONFIG_FILE_VERSION,
    exportedAt: now,
    layouts: Object.values(configs).sort((a, b) => a.origin.localeCompare(b.origin)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; layouts: SiteConfig[] } | { ok: false; error: string };

/** Reads an export file: every layout must validate, or nothing is imported. */
export function parseSiteConfigFile(text: string, doc: Document): ImportResult {
  if (text.length > 2_000_000) return { ok: false, error: 'This file is too large to be a layouts file.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON: it may be damaged.' };
  }
  const head = json as { format?: unknown; version?: unknown };
  if (head?.format !== SITE_CONFIG_FILE_FORMAT) {
    return { ok: false, error: 'This is not an Attune site layouts file.' };
  }
  if (typeof head.version === 'number' && head.version > SITE_CONFIG_FILE_VERSION) {
    return {
      ok: false,
      error: `This file was made by a newer Attune (format ${head.version}); update Attune to import it.`,
    };
  }
  const parsed = SiteConfigFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `This layouts file is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}). Nothing was imported.`,
    };
  }
  for (const layout of parsed.data.layouts) {
    const selectors = [
      layout.composer,
      layout.list,
      layout.message,
      layout.text,
      'selector' in layout.own ? layout.own.selector : undefined,
      'sender' in layout.own ? layout.own.sender : undefined,
    ];
    const bad = selectors.find((s) => s !== undefined && !isValidSelector(s, doc));
    if (bad !== undefined) {
      return {
        ok: false,
        error: `The layout for ${layout.origin} has a selector this browser cannot read: ${bad}. Nothing was imported.`,
      };
    }
  }
  return { ok: true, layouts: parsed.data.layouts };
}

/** Imported layouts replace stored ones for the same origin; others stay. */
export function mergeSiteConfigs(existing: SiteConfigs, imported: readonly SiteConfig[]): SiteConfigs {
  const out: SiteConfigs = { ...existing };
  for (const layout of imported) out[layout.origin] = layout;
  return out;
}

export async function importSiteConfigs(layouts: readonly SiteConfig[]): Promise<void> {
  const merged = mergeSiteConfigs(await loadSiteConfigs(), layouts);
  await siteConfigsItem.setValue(merged);
}
