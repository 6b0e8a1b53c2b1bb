import { EditorState } from '@uiw/react-codemirror';
import { faker } from '@/features/endpoints/testing/render';
import { callOf, fakerCompletion, fakerCompletionSource } from '@/features/endpoints/faker-completion';

/** A completion context at the end of `before`, with `after` following the cursor. */
function contextAt(before: string, after = '') {
  const state = EditorState.create({ doc: before + after });
  const pos = before.length;
  return {
    state,
    pos,
    explicit: false,
    matchBefore(expr: RegExp) {
      const line = state.doc.lineAt(pos);
      const text = line.text.slice(0, pos - line.from);
      const match = new RegExp(`(?:${expr.source})$`).exec(text);
      return match ? { from: line.from + match.index, to: pos, text: match[0] } : null;
    },
  };
}

describe('Faker completion', () => {
  const source = fakerCompletionSource(() => [
    ...faker,
    {
      ...faker[0],
      name: 'random_int',
      usage: '{{Faker.random_int(1, 100)}}',
      signature: 'random_int(min=0, max=9999)',
    },
  ]);

  it('offers the catalog after {{Faker.', () => {
    const result = source(contextAt('{"n": "{{Faker.ra'));
    expect(result?.from).toBe('{"n": "{{Faker.'.length);
    expect(result?.options.map((o) => o.label)).toEqual(['name', 'random_int']);
    expect(result?.options[1]).toMatchObject({ apply: 'random_int(1, 100)}}', detail: 'random_int(min=0, max=9999)' });
    expect(result?.options[0].info).toContain('Example: Ada Lovelace');
  });

  it("leaves the placeholder's closing braces alone when they already follow", () => {
    expect(source(contextAt('{"n": "{{Faker.ra', 'nd}}"}'))?.options[0].apply).toBe('name()');
    expect(source(contextAt('{"n": "{{Faker.', '"}'))?.options[0].apply).toBe('name()}}');
  });

  it('stays quiet outside a Faker placeholder', () => {
    expect(source(contextAt('Faker.'))).toBeNull();
    expect(source(contextAt('{{request.path.id}} Faker.'))).toBeNull();
  });

  it('is found by the editor as the autocomplete language data', () => {
    const state = EditorState.create({ doc: '{{Faker.', extensions: [fakerCompletion(() => faker)] });
    const [found] = state.languageDataAt<typeof source>('autocomplete', 8);
    expect(found(contextAt('{{Faker.'))?.options[0].label).toBe('name');
  });

  it('hands the editor the same source on every lookup, so a shown list survives the next keystroke', () => {
    const state = EditorState.create({ doc: '{{Faker.', extensions: [fakerCompletion(() => faker)] });
    expect(state.languageDataAt('autocomplete', 8)[0]).toBe(state.languageDataAt('autocomplete', 8)[0]);
  });

  it('turns a usage into the call to insert', () => {
    expect(callOf(faker[0])).toBe('name()');
  });
});
