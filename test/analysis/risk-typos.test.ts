/**
 * Risk told with typos (found by a first-use probe on 2026-12-03): "ive been feeling sucidal all
 * week" and "i wanna kil myslef tnight" read as nothing while the same words spelled right read
 * high. Real words one letter from a risk word stay themselves.
 */
import { describe, expect, test } from 'vitest';
import { riskWordTypo } from '../../lib/analysis/spelling';
import { normalize } from '../../lib/analysis/text';
import { riskAfter, rulesAfter } from './risk-reading';

const OPENER = "hi, you're through to the text line. what's going on?";

describe('typos of risk words', () => {
  test.each([
    ['ive been feeling sucidal all week', 'high'],
    ['thinking about sucide a lot', 'possible'],
    ['i just want to dissapear', 'possible'],
    ['i want to disapear forever', 'possible'],
    ['gonna kil myself tonite', 'high'],
    ['i wanna kil myslef tnight. hav the rope', 'high'],
    ['i wana die', 'high'],
    ['ive been cuttin again', 'high'],
    ['suicidial thoughts again tonight', 'high'],
    ['im done with life. goodby everyone', 'high'],
  ] as const)('%j reads %s to the rules, as spelled right', (text, level) => {
    expect(rulesAfter(OPENER, text)).toBe(level);
  });

  test('the evidence still points at what the client typed', () => {
    const r = riskAfter(OPENER, 'ive been feeling sucidal all week');
    expect(r.citedByRules.join(' ')).toContain('sucidal');
  });

  test.each([
    ['aced a round then got knifed in the back by the last guy'],
    ['said bye to the girls on the tills, last shift before uni'],
    ['she overdoes it at the gym every single week'],
    ['the bleedin car broke down again on the motorway'],
  ])('%j stays quiet', (text) => {
    expect(rulesAfter(OPENER, text)).toBe('none');
  });

  test('only words in no dictionary are read as typos, and only towards a risk word', () => {
    expect(riskWordTypo('sucidal')).toBe('suicidal');
    expect(riskWordTypo('dissapear')).toBe('disappear');
    expect(riskWordTypo('hangin')).toBe('hanging');
    // Real words (SCOWL) and first letters that differ stay as typed.
    expect(riskWordTypo('tills')).toBeUndefined();
    expect(riskWordTypo('knifed')).toBeUndefined();
    expect(riskWordTypo('overdoes')).toBeUndefined();
    expect(riskWordTypo('suicidal')).toBeUndefined();
    // Slang and names that are near nothing risky.
    expect(riskWordTypo('yeet')).toBeUndefined();
    expect(riskWordTypo('brooklyn')).toBeUndefined();
  });

  test('a pill emoji reads as pills, and its span maps back to the emoji', () => {
    const n = normalize('💊💊 all of them');
    expect(n.text).toContain('pills');
    const at = n.text.indexOf('pills');
    expect(n.original.slice(n.starts[at], n.ends[at + 4])).toBe('💊');
    expect(riskAfter(OPENER, 'took all my 💊').level).toBe('high');
  });
});
