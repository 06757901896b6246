import { describe, expect, test } from 'vitest';
import type { Message } from '../../models';
import { assess } from '../../lib/analysis';

/** The hints a counselor sees for one draft after the given client messages. */
const hintsFor = (client: string[], draft: string) =>
  assess({ context: client.map((text): Message => ({ role: 'client', text })), draft }).draft!.hints;

describe('one finding, one hint', () => {
  test.each([
    [
      ['i drink on weekends like everyone does, its not a big deal'],
      "You need to cut back, it's a big deal.",
    ],
    [
      [
        'idk. i dont want to stop completely',
        'but last sat i dont remember getting home and that scared me a bit',
      ],
      "You need to cut back, it's a big deal.",
    ],
    [["i don't think vaping is even that bad tbh"], 'You have to quit. Vaping is really bad for you.'],
    [
      ['my mom took my phone AGAIN', 'shes literally the problem not me'],
      'You should apologise to her and stop arguing.',
    ],
  ])('%j + %j: no two hints quote the same words of the draft', (client, draft) => {
    const hints = hintsFor(client, draft);
    expect(hints.length).toBeGreaterThan(0);
    const spans = hints.flatMap((h) => (h.evidence.draft ? [h.evidence.draft] : []));
    for (const [i, a] of spans.entries())
      for (const b of spans.slice(i + 1))
        expect(a.start < b.end && b.start < a.end, `${a.text} / ${b.text}`).toBe(false);
  });

  test('premature advice to a client pushing back is one hint that names the pushback and offers a reflection of their view', () => {
    const context: Message[] = [
      { role: 'client', text: 'i drink on weekends like everyone does, its not a big deal' },
      { role: 'counselor', text: 'It sounds like the weekends are when you finally get to switch off.' },
      { role: 'client', text: 'idk. i dont want to stop completely' },
      { role: 'client', text: 'its the only time i dont feel anxious' },
    ];
    const hints = assess({ context, draft: "You need to cut back, it's a big deal." }).draft!.hints;
    const aboutYouNeed = hints.filter((h) => h.evidence.draft?.text.startsWith('You need to'));
    expect(aboutYouNeed).toHaveLength(1);
    expect(aboutYouNeed[0]!.why).toMatch(/\((?:excusing|unwillingness), denying\)/);
    // A reflection of their view in the counselor's words, not a quote of their chat spelling.
    expect(aboutYouNeed[0]!.try).toMatch(
      /^(?:It sounds like it's the only time you don't feel anxious|Right now you don't want to stop completely)\.$/,
    );
  });

  test('passing over pain is the finding, ahead of the advice in the same words', () => {
    const hints = hintsFor(
      ['i feel so worthless lately, nothing i do matters and i cry every night'],
      'You should go to the gym, it always helps me.',
    );
    expect(hints[0]!.rule).toBe('distress.stay_with');
    expect(hints.filter((h) => h.evidence.draft !== null)).toHaveLength(1);
  });
});

describe('"Try" lines in the counselor\'s voice', () => {
  test('the reflection comes from the cue that reflects cleanly, not from a bare "idk"', () => {
    const [hint] = hintsFor(
      ['idk. i dont want to stop completely'],
      "You need to cut back, it's a big deal.",
    );
    expect(hint!.try).toBe("Right now you don't want to stop completely.");
  });

  test('a reflection of a feeling does not say "feel" twice', () => {
    const hints = hintsFor(
      ['i feel so worthless lately, nothing i do matters and i cry every night'],
      'You should go to the gym, it always helps me.',
    );
    for (const h of hints) expect(h.try).not.toMatch(/feels? like you feel/i);
  });

  test('chat spelling is not copied back', () => {
    const [hint] = hintsFor(
      ['i drink on weekends like everyone does, its not a big deal'],
      "You need to cut back, it's a big deal.",
    );
    expect(hint!.try).toContain("it's not a big deal");
    expect(hint!.try).not.toMatch(/\bits not\b/);
  });
});

describe('reasons in words a counselor reads, not rating codes', () => {
  test.each([
    [["idk, it's not that big a deal"], 'You need to stop. Be honest with yourself.'],
    [["everyone does it, it's not a big deal"], "You're wrong, it is a big deal and you know it."],
    [['i feel so tired of all of it'], "Don't worry, at least you have a job. Did you go to work today?"],
    [['i feel so alone since she left', 'nobody even texts me'], 'Did you eat today?'],
    [['work has been so stressful lately'], 'Ok. Anyway, did you book the dentist?'],
  ])('%j + %j', (client, draft) => {
    const hints = hintsFor(client, draft);
    expect(hints.length).toBeGreaterThan(0);
    for (const h of hints) {
      expect(h.why, h.rule).not.toMatch(/(?:autonomy|alignment|resonance|orientation) [012]\.?$/i);
      expect(h.why.length).toBeGreaterThan(30);
    }
  });
});
