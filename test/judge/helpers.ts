import { copyFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Xgrammar from '@mlc-ai/web-xgrammar';
import type { ChatMessage } from '../../lib/judge/engine';
import { MODEL_CATALOG, type ModelFamily } from '../../models/model-catalog';

/** The slice of @lenml/tokenizers the tests use. */
export interface RealTokenizer {
  encode(text: string, options?: { add_special_tokens?: boolean }): number[];
  all_special_ids: number[];
}

const tokenizers = new Map<ModelFamily, Promise<RealTokenizer>>();

/** The family's real tokenizer, from the package the catalog names (loading one takes about half a second). */
export function tokenizerFor(family: ModelFamily): Promise<RealTokenizer> {
  let loaded = tokenizers.get(family);
  if (!loaded) {
    const pkg = MODEL_CATALOG.families[family].tokenizerPackage;
    loaded = import(pkg).then((m: { fromPreTrained: () => RealTokenizer }) => m.fromPreTrained());
    tokenizers.set(family, loaded);
  }
  return loaded;
}

export function counterFor(tokenizer: RealTokenizer): (text: string) => number {
  return (text) => tokenizer.encode(text, { add_special_tokens: false }).length;
}

/** The prompt exactly as the model prefills it: the family's chat template around the messages. */
export function renderChat(family: ModelFamily, messages: ChatMessage[]): string {
  const template = MODEL_CATALOG.families[family].chatTemplate;
  return (
    template.begin +
    messages
      .map((m) => template.turn.replace('{role}', m.role).replace('{content}', () => m.content))
      .join('') +
    template.generationPrompt
  );
}

export const FAMILIES = Object.keys(MODEL_CATALOG.families) as ModelFamily[];

/**
 * @mlc-ai/web-xgrammar ships a UMD bundle inside a `"type": "module"` package: Node would read it
 * as ESM and find no exports. A copy with a .cjs name loads as the CommonJS it is.
 */
export function loadXgrammar(): typeof Xgrammar {
  const require = createRequire(import.meta.url);
  const source = require.resolve('@mlc-ai/web-xgrammar');
  const dir = mkdtempSync(join(tmpdir(), 'attune-xgrammar-'));
  const copy = join(dir, 'xgrammar.cjs');
  copyFileSync(source, copy);
  return createRequire(copy)(copy) as typeof Xgrammar;
}
