import { nlp } from './nlp';

/** Limits that keep any user pattern cheap to match, whatever it asks for. */
export const MAX_PATTERN_CHARS = 300;
export const MAX_PATTERN_TERMS = 24;

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set(Object.values(PAIRS));
/** Where a term or a choice starts: a `/` there makes compromise compile the term into a RegExp. */
const TERM_STARTS = new Set([' ', '\t', '(', '|', '[', '!', '^', '>', '&']);

/**
 * compromise accepts almost any string as a pattern and silently matches something odd, so
 * lexicon patterns are checked here first: balanced brackets, named groups that are closed,
 * and bounded size. Returns what is wrong, or undefined.
 */
export function checkPattern(pattern: string): string | undefined {
  if (!pattern.trim()) return 'the pattern is empty';
  if (pattern.length > MAX_PATTERN_CHARS) return `the pattern is longer than ${MAX_PATTERN_CHARS} characters`;
  const stack: string[] = [];
  let terms = 0;
  let inTerm = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    // compromise does not nest choices: in `(a|b (c|d))` it reads "(c" and "d)" as words.
    if (ch === '(' && stack.includes(')')) return `a (…) choice inside another at character ${i + 1} never matches as meant (compromise does not nest choices): split the pattern instead`;
    if (ch in PAIRS) stack.push(PAIRS[ch]);
    else if (CLOSERS.has(ch)) {
      const expected = stack.pop();
      if (expected !== ch) return `unexpected "${ch}" at character ${i + 1}${expected ? ` (expected "${expected}")` : ''}`;
    }
    if (ch === '<') {
      const close = pattern.indexOf('>', i);
      if (close < 0 || pattern[i - 1] !== '[') return `a named group must look like [<name>…] (character ${i + 1})`;
    }
    if (ch === '(' && pattern[i + 1] === ')') return `empty group "()" at character ${i + 1}`;
    // No user text is ever compiled into a regular expression (`/(a+)+$/` backtracks catastrophically).
    if (ch === '/' && (i === 0 || TERM_STARTS.has(pattern[i - 1]))) return `a /regular expression/ term at character ${i + 1}: use words, #Tags and (a|b) choices instead`;
    const space = ch === ' ';
    if (!space && !inTerm && stack.length <= 1) terms++;
    inTerm = !space;
  }
  if (stack.length) return `"${stack[stack.length - 1]}" is missing at the end`;
  if (terms > MAX_PATTERN_TERMS) return `the pattern has more than ${MAX_PATTERN_TERMS} terms`;
  return neverMatchingChoice(pattern);
}

/** Contractions compromise expands before matching ("don't" → "do not"). */
const CONTRACTION_ENDS = ["n't", "'d", "'ll", "'re", "'ve", "'m"];
/** Inside a choice, only "can not" matches "can't", "cannot" and "can not" alike. */
const CANNOT = 'cannot';

/**
 * Choices `(a|b)` that compromise accepts but never matches, measured on compromise 14: an
 * alternative holding a contraction (it matches the expanded words), a hyphenated word (it is
 * two terms), an alternative that a shorter one before it starts (compromise takes the first
 * alternative that matches and never retries the others), and, right after a repeated wildcard
 * (`.*`, `.+`, `.{0,3}`), any choice but one of single plain words (its lookahead reads no more).
 */
function neverMatchingChoice(pattern: string): string | undefined {
  let open = pattern.indexOf('(');
  while (open >= 0) {
    const close = pattern.indexOf(')', open);
    if (close < 0) return undefined;
    const alternatives = pattern.slice(open + 1, close).split('|');
    for (const alternative of alternatives) {
      const lower = alternative.toLowerCase();
      if (lower.split(' ').includes(CANNOT)) return `"${alternative}" in (…) never matches: write "can not" (compromise reads "can't", "cannot" and "can not" as "can not")`;
      if (CONTRACTION_ENDS.some((end) => lower.includes(end)))
        return `"${alternative}" in (…) never matches: compromise expands contractions, so write "${expandHint(lower)}"`;
      if (/\p{L}-\p{L}/u.test(alternative) && splitsHyphens(alternative))
        return `"${alternative}" in (…) never matches: compromise splits this hyphenated word into two terms, so write "${alternative.replace(/-/g, ' ')}"`;
    }
    const shadowed = shadowedAlternative(alternatives);
    if (shadowed) return `"${shadowed.longer}" in (…) never matches: "${shadowed.shorter}" comes first and compromise does not try the rest, so put the longer alternative first`;
    const wildcard = repeatedWildcardBefore(pattern.slice(0, open));
    if (wildcard && !alternatives.every((a) => PLAIN_WORD.test(a.trim())))
      return `a choice right after "${wildcard}" never matches unless each alternative is one plain word (compromise does not look further there): put a word between them, or split the pattern`;
    open = pattern.indexOf('(', close);
  }
  return undefined;
}

/** One word with no #Tag, !negation, `.` wildcard or other syntax. */
const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;

/** The first alternative that an earlier, shorter one starts (word by word), if any. */
function shadowedAlternative(alternatives: string[]): { shorter: string; longer: string } | undefined {
  const words = alternatives.map((a) => a.trim().toLowerCase().split(/\s+/));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const [shorter, longer] = [words[i], words[j]];
      if (shorter.length < longer.length && shorter.every((word, k) => word === longer[k])) return { shorter: alternatives[i].trim(), longer: alternatives[j].trim() };
    }
  }
  return undefined;
}

/**
 * The repeated wildcard (`*`, `.*`, `.+`, `.{n,m}`) right before a choice, if it is one; a named
 * group's `[<name>` or `]` in between counts as nothing (compromise still reads no further).
 */
function repeatedWildcardBefore(before: string): string | undefined {
  const last = before.replace(/\[(<[^>]*>)?$/, '').trimEnd().split(/\s+/).pop() ?? '';
  const term = last.replace(/\]+$/, '');
  return /^(\*|\.\*|\.\+|\.\{\d*,?\d*\})$/.test(term) ? term : undefined;
}

/** compromise keeps some hyphenated words whole ("co-design") and splits others ("check-ins"). */
function splitsHyphens(alternative: string): boolean {
  const words = alternative.trim().split(/\s+/).length;
  return nlp.tokenize(alternative).terms().length > words;
}

function expandHint(contraction: string): string {
  return contraction.replace("n't", ' not').replace("'d", ' would').replace("'ll", ' will').replace("'re", ' are').replace("'ve", ' have').replace("'m", ' am');
}

/** The named groups a pattern defines (`[<verb>#Verb]` defines `verb`). */
export function patternGroups(pattern: string): string[] {
  const groups: string[] = [];
  let at = pattern.indexOf('[<');
  while (at >= 0) {
    const close = pattern.indexOf('>', at);
    if (close < 0) break;
    groups.push(pattern.slice(at + 2, close));
    at = pattern.indexOf('[<', close);
  }
  return groups;
}
