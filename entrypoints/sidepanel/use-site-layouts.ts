import { useEffect, useState } from 'preact/hooks';
import type { SiteLayoutsProps } from '../../components/SiteLayouts';
import { saveJsonFile } from '../../lib/save-file';
import {
  deleteSiteConfig,
  importSiteConfigs,
  loadSiteConfigs,
  parseSiteConfigFile,
  siteConfigFileText,
} from '../../lib/live/site-configs';
import { siteConfigsItem } from '../../lib/storage/items';
import type { SiteConfigs } from '../../models/site-config';

/** Taught layouts: listed in the panel, changed from anywhere, exported and imported as files. */
export function useSiteLayouts(enabled: boolean): SiteLayoutsProps | undefined {
  const [layouts, setLayouts] = useState<SiteConfigs>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    void loadSiteConfigs()
      .then(setLayouts)
      .catch(() => undefined);
    return siteConfigsItem.watch(setLayouts);
  }, [enabled]);
  if (!enabled) return undefined;

  const onExport = () => {
    saveJsonFile(
      siteConfigFileText(layouts),
      `attune-site-layouts-${new Date().toISOString().slice(0, 10)}.json`,
    );
    setResult({ ok: true, text: `Exported ${Object.keys(layouts).length} layout(s).` });
  };
  const onImport = (text: string) => {
    const parsed = parseSiteConfigFile(text, document);
    if (!parsed.ok) {
      setResult({ ok: false, text: parsed.error });
      return;
    }
    importSiteConfigs(parsed.layouts)
      .then(() => setResult({ ok: true, text: `Imported ${parsed.layouts.length} layout(s).` }))
      .catch((error: unknown) =>
        setResult({
          ok: false,
          text: `Could not save the layouts: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
  };
  return {
    layouts: Object.values(layouts),
    onDelete: (origin) => void deleteSiteConfig(origin).catch(() => undefined),
    onExport,
    onImport,
    result,
  };
}
