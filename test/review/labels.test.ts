import { describe, expect, test } from 'vitest';
import {
  hintAboutName,
  mechanismLevelsFrameworkLine,
  mechanismLevelsLine,
  mechanismPlainNames,
} from '../../components/labels';

/** The review page says levels in the side panel's words; the framework's stay for tooltips. */
describe('rating labels', () => {
  const levels = {
    respectForAutonomy: 0,
    stanceAlignment: 1,
    emotionalResonance: 2,
    conversationalOrientation: 1,
  } as const;

  test('a reply’s levels in the counselor’s words, in the panel’s order', () => {
    expect(mechanismLevelsLine(levels)).toBe(
      "Leaves the choice to the client: not yet · Stands with the client's view: a little · Meets their feeling: clearly · Follows their lead: a little",
    );
  });

  test('the framework’s names and numbers for the tooltip', () => {
    expect(mechanismLevelsFrameworkLine(levels)).toBe(
      'Respect for Autonomy 0 · Stance Alignment 1 · Emotional Resonance 2 · Conversational Orientation 1',
    );
  });

  test('what a hint was about, never its framework id', () => {
    expect(hintAboutName('respectForAutonomy')).toBe(mechanismPlainNames.respectForAutonomy);
    expect(hintAboutName('explorations')).toBe('Invites them to say more');
    expect(hintAboutName('ignores_risk')).toBe('Ignores stated risk');
    expect(hintAboutName('minimal_response')).toBe('Minimal response');
    expect(hintAboutName('change')).toBe('Change talk');
  });
});
