import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { findPhrase } from '../../lib/live/marks';
import { marksFor } from '../../lib/live/marks-for';
import { mergeSiteConfigs, parseSiteConfigFile, siteConfigFileText } from '../../lib/live/site-configs';
import type { SiteConfig } from '../../models/site-config';

/** Inline marks find the client's phrase in the page (never in an editor); layout files round-trip and bad ones change nothing. */
describe('inline marks', () => {
  test('marks the client phrases the panel shows, risk first', () => {
    const context = [
      { role: 'counselor' as const, text: 'What would you like to change about your drinking?' },
      {
        role: 'client' as const,
        text: "It's not that big a deal, everyone drinks. Honestly some nights I want to die.",
      },
    ];
    const marks = marksFor(assess({ context }), context);
    expect(marks[0]).toEqual({ kind: 'risk', text: expect.stringMatching(/want to die/) });
    expect(marks.some((m) => m.kind === 'resistance' && /not that big a deal/i.test(m.text))).toBe(true);
    for (const mark of marks) expect(context[1]!.text).toContain(mark.text);
  });

  test('no resistance moment, no resistance marks: the page agrees with the panel', () => {
    // Ambivalence leaning to change: cues of pushing back are read, but it is no resistance moment.
    const context = [
      { role: 'client' as const, text: 'i drink on weekends like everyone does, its not a big deal' },
      {
        role: 'counselor' as const,
        text: 'It sounds like the weekends are when you finally get to switch off.',
      },
      { role: 'client' as const, text: 'idk. i dont want to stop completely' },
      { role: 'client' as const, text: 'but last sat i dont remember getting home and that scared me a bit' },
    ];
    const assessment = assess({ context });
    expect(assessment.client!.resistance.present).toBe(false);
    expect(assessment.client!.resistance.cues.length).toBeGreaterThan(0);
    expect(marksFor(assessment, context).filter((m) => m.kind === 'resistance')).toEqual([]);
  });

  test('finds the latest occurrence in the page text and never inside an editor', () => {
    document.body.innerHTML = `
      <div class="m">i dont  want to stop</div>
      <div class="m">fine. I dont want
        to stop, ok?</div>
      <textarea>I dont want to stop</textarea>
      <div contenteditable="true">I dont want to stop</div>`;
    const range = findPhrase(document, 'I dont want to stop');
    expect(range).not.toBeNull();
    expect(range!.startContainer.parentElement).toBe(document.querySelectorAll('.m')[1]);
    expect(range!.toString().replace(/\s+/g, ' ')).toBe('I dont want to stop');
    expect(findPhrase(document, 'not in the page')).toBeNull();
  });
});

const layout = (origin: string): SiteConfig => ({
  origin,
  composer: '#reply',
  list: '[role="log"]',
  message: '.msg',
  own: { selector: '.msg--me' },
  createdAt: 1,
});

describe('site layout files', () => {
  test('export then import gives back the same layouts', () => {
    const text = siteConfigFileText(
      { 'https://b.org': layout('https://b.org'), 'https://a.org': layout('https://a.org') },
      5,
    );
    const result = parseSiteConfigFile(text, document);
    expect(result).toEqual({ ok: true, layouts: [layout('https://a.org'), layout('https://b.org')] });
  });

  test.each([
    ['not JSON', '{"format": "attune-site-layouts", ', /not valid JSON/],
    ['another file', '{"hello": 1}', /not an Attune site layouts file/],
    [
      'a newer format',
      JSON.stringify({ format: 'attune-site-layouts', version: 9, exportedAt: 1, layouts: [] }),
      /newer Attune/,
    ],
    [
      'a tampered layout',
      JSON.stringify({
        format: 'attune-site-layouts',
        version: 1,
        exportedAt: 1,
        layouts: [{ ...layout('https://a.org'), list: '' }],
      }),
      /damaged.*Nothing was imported/,
    ],
    [
      'an unreadable selector',
      JSON.stringify({
        format: 'attune-site-layouts',
        version: 1,
        exportedAt: 1,
        layouts: [{ ...layout('https://a.org'), message: 'div >>> ((' }],
      }),
      /cannot read.*Nothing was imported/,
    ],
    [
      'an unreadable sender-name selector',
      JSON.stringify({
        format: 'attune-site-layouts',
        version: 1,
        exportedAt: 1,
        layouts: [{ ...layout('https://a.org'), own: { sender: 'span[[', nameHash: '0123abcd' } }],
      }),
      /cannot read.*Nothing was imported/,
    ],
    [
      'a sender name kept in the clear instead of its hash',
      JSON.stringify({
        format: 'attune-site-layouts',
        version: 1,
        exportedAt: 1,
        layouts: [{ ...layout('https://a.org'), own: { sender: '.author', nameHash: 'Jordan Reyes' } }],
      }),
      /damaged.*Nothing was imported/,
    ],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseSiteConfigFile(text, document);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
  });

  test('an import replaces layouts for the same site and keeps the others', () => {
    const merged = mergeSiteConfigs(
      { 'https://a.org': layout('https://a.org'), 'https://b.org': layout('https://b.org') },
      [{ ...layout('https://a.org'), message: '.bubble' }],
    );
    expect(merged['https://a.org']!.message).toBe('.bubble');
    expect(merged['https://b.org']).toEqual(layout('https://b.org'));
  });
});
