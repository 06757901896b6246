import { describe, expect, it } from 'vitest';
import { answerFits, answerKinds, questionKind } from '../../lib/analysis/answer-fit';
import { normalize } from '../../lib/analysis/text';

const q = (text: string) => questionKind(normalize(text).text);
const a = (text: string) => answerKinds(normalize(text).text);

describe('what a question asks for', () => {
  it('reads the kind of the last question in the counselor turn', () => {
    expect(q('That sounds hard. How many drinks on a work night?')).toBe('amount');
    expect(q('On a scale of 0 to 10, how important is cutting back?')).toBe('scale');
    expect(q('What would make stopping a priority for you?')).toBe('reason');
    expect(q('So how did it feel calling in sick again?')).toBe('feeling');
    expect(q('Do you live on your own?')).toBe('yes_no');
    expect(q('Who do you go to when it gets bad?')).toBe('person');
    expect(q('When did the betting start to feel like a problem?')).toBe('amount');
  });

  it('finds no question in a reflection', () => {
    expect(q("It sounds like you're worn out by the arguments.")).toBeNull();
  });
});

describe('whether a reply gives that kind of answer', () => {
  it('accepts answers that share no word with the question', () => {
    expect(answerFits('amount', a('like 4? maybe 5 lol'))).toBe(true);
    expect(answerFits('reason', a('court in june. need clean tests'))).toBe(true);
    expect(answerFits('yes_no', a('yeah just me n the cat'))).toBe(true);
    expect(answerFits('feeling', a('awful. she didnt believe me'))).toBe(true);
  });

  it('does not take an unrelated story for an answer', () => {
    expect(answerFits('amount', a('did u see the game tho, absolute robbery'))).toBe(false);
    expect(answerFits('yes_no', a('my sister keeps sending me diet posts'))).toBe(false);
  });
});
