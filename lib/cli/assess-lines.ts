import { z } from 'zod';
import { AssessInput, type Assessment, MAX_CONTEXT_MESSAGES, Message } from '../../models';
import type { Analyzer } from '../analysis';

/**
 * The `assess` command's contract, one input line at a time (scripts/assess.ts does the I/O).
 * Every input line yields exactly one output line: a result, or `{id?, error}` that says what was
 * wrong, so a caller can line outputs up with inputs and nothing else is lost.
 */

/** Longest input line we parse: far above any real conversation, well below memory trouble. */
export const MAX_LINE_CHARS = 4_000_000;

const Id = z.union([z.string().max(500), z.number()]);

/** An input line of `assess FILE.jsonl`; other fields (such as `gold`) are ignored. */
export const AssessLine = AssessInput.extend({ id: Id });

/** An input line of `assess --sessions FILE.jsonl`. */
export const SessionLine = z.object({ id: Id, messages: z.array(Message).max(MAX_CONTEXT_MESSAGES) });

export type Mode = 'turns' | 'sessions';

export type OutputLine = Record<string, unknown> & { error?: string };

/** Best-effort id of a line we could not parse, so the error can still be matched to it. */
function salvageId(line: string): string | number | undefined {
  const m = /"id"\s*:\s*(?:"((?:[^"\\]|\\.){0,500})"|(-?\d+(?:\.\d+)?))/.exec(line.slice(0, 10_000));
  if (!m) return undefined;
  if (m[2] !== undefined) return Number(m[2]);
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return undefined;
  }
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'line'}: ${i.message}`)
    .join('; ');
}

function failure(line: string, error: string, id?: string | number): OutputLine {
  const known = id ?? salvageId(line);
  return known === undefined ? { error } : { id: known, error };
}

/**
 * The draft exactly as the contract lists it. The per-rating evidence spans the side panel shows
 * stay out: other tools parse these lines and the issue fixed the keys.
 */
function contractDraft(draft: Assessment['draft']) {
  if (draft === null) return null;
  const { main, question, reflection, input, flags, mechanisms, empathy, safety, hints } = draft;
  return { main, question, reflection, input, flags, mechanisms, empathy, safety, hints };
}

export function processLine(line: string, mode: Mode, analyzer: Analyzer): OutputLine {
  if (line.trim().length === 0) return { error: 'empty line' };
  if (line.length > MAX_LINE_CHARS) {
    return failure(line, `line too long: ${line.length} characters (at most ${MAX_LINE_CHARS})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return failure(line, `not valid JSON: ${(e as Error).message}`);
  }
  const schema = mode === 'turns' ? AssessLine : SessionLine;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const id = typeof json === 'object' && json !== null ? Id.safeParse((json as { id?: unknown }).id) : null;
    return failure(line, `invalid input: ${describe(parsed.error)}`, id?.success ? id.data : undefined);
  }
  try {
    if (mode === 'sessions') {
      const s = parsed.data as z.infer<typeof SessionLine>;
      return { id: s.id, summary: analyzer.summarizeSession(s.messages) };
    }
    const t = parsed.data as z.infer<typeof AssessLine>;
    const result = analyzer.assess({ context: t.context, draft: t.draft });
    return { id: t.id, client: result.client, draft: contractDraft(result.draft), engine: result.engine };
  } catch (e) {
    // A bug of ours must not take the rest of the file down with it.
    return failure(line, `analyzer failed on this line: ${(e as Error).message}`, parsed.data.id);
  }
}
