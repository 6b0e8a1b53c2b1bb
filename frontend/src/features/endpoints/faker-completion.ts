import { EditorState, type Extension } from '@uiw/react-codemirror';
import type { FakerFunction } from '@/features/endpoints/api/get-faker-catalog';

// The shapes @codemirror/autocomplete passes and expects (basicSetup's autocompletion reads sources
// from the "autocomplete" language data), spelled out so the feature needs no extra dependency.
type CompletionContext = {
  state: EditorState;
  pos: number;
  explicit: boolean;
  matchBefore(expr: RegExp): { from: number; to: number; text: string } | null;
};
type Completion = { label: string; detail?: string; info?: string; apply?: string; type?: string };
type CompletionResult = { from: number; options: Completion[]; validFor?: RegExp };

/** "{{Faker.random_int(1, 100)}}" → "random_int(1, 100)": what follows "{{Faker." once completed. */
export function callOf(fn: FakerFunction): string {
  const match = /^\{\{\s*Faker\.(.*?)\s*\}\}$/.exec(fn.usage);
  return match ? match[1] : `${fn.name}()`;
}

/**
 * Completes Faker function names inside a placeholder: after `{{Faker.` (also `{{#if Faker.` and the
 * like) it offers every catalog function with its signature, description and example output. The chosen
 * call closes the placeholder unless `}}` already follows.
 */
export function fakerCompletionSource(catalog: () => FakerFunction[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/\{\{[^{}]*\bFaker\.\w*$/);
    if (!word) return null;
    const from = word.from + word.text.lastIndexOf('.') + 1;
    const functions = catalog();
    if (functions.length === 0) return null;
    const close = /^\w*\s*\}\}/.test(context.state.sliceDoc(context.pos, context.pos + 200)) ? '' : '}}';
    return {
      from,
      validFor: /^\w*$/,
      options: functions.map((fn) => ({
        label: fn.name,
        type: 'function',
        detail: fn.signature,
        info: [fn.description, `Example: ${fn.example}`].filter(Boolean).join('\n'),
        apply: callOf(fn) + close,
      })),
    };
  };
}

/**
 * The completion as an editor extension: basicSetup's autocompletion picks it up as language data. The
 * source is made once: autocompletion keys a pending or shown result by the source's identity, so a new
 * function per lookup would drop the list on every keystroke.
 */
export function fakerCompletion(catalog: () => FakerFunction[]): Extension {
  const data = [{ autocomplete: fakerCompletionSource(catalog) }];
  return EditorState.languageData.of(() => data);
}
