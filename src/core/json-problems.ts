import { type Node, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { SchemaError } from './generated/validators';

/** Something wrong in a lexicon or config file, located so a person can go and fix it. */
export interface FileProblem {
  file: string;
  /** 1-based, as editors and compilers print them. */
  line: number;
  column: number;
  ruleId?: string;
  message: string;
}

/**
 * Where each line starts, for the last source asked about. A file with thousands of problems
 * (a hostile or generated .leadlint.json) would otherwise be scanned from the top once per
 * problem: 10,000 bad rules took minutes on the extension host.
 */
let indexed: { source: string; starts: number[] } | undefined;

function lineStarts(source: string): number[] {
  if (indexed?.source === source) return indexed.starts;
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  indexed = { source, starts };
  return starts;
}

export function lineColumn(source: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(source);
  const at = Math.max(0, Math.min(offset, source.length));
  // The last line start at or before `at`: binary search.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/** Parses strict JSON, reporting syntax errors with their line and column. */
export function parseJson(source: string, file: string): { tree?: Node; value?: unknown; problems: FileProblem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  // After the first syntax error the parser's guesses cascade; the first is the one to fix.
  const problems = errors.slice(0, 1).map((error) => ({
    file,
    ...lineColumn(source, error.offset),
    message: `invalid JSON: ${isAfterComma(source, error.offset) ? 'a trailing comma: remove it' : describeParseError(printParseErrorCode(error.error))}`,
  }));
  if (problems.length || !tree) return { problems: problems.length ? problems : [{ file, line: 1, column: 1, message: 'the file is empty' }] };
  return { tree, value: nodeValue(tree), problems };
}

/** Strict JSON's most common slip: `[1, 2,]` or `{"a": 1,}`. */
function isAfterComma(source: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && ' \t\r\n'.includes(source[i])) i--;
  const next = source[offset];
  return source[i] === ',' && (next === '}' || next === ']');
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).map((prop) => [prop.children![0].value as string, prop.children![1] ? nodeValue(prop.children![1]) : undefined]),
      );
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/** Ajv's JSON pointer ("/rules/3/dimension") as a jsonc-parser path. */
export function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Where a path points in the source (its value, or the nearest parent that exists). */
export function locate(tree: Node, source: string, path: (string | number)[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (node) return lineColumn(source, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return { line: 1, column: 1 };
}

/** `"dimension"`, or `item 2 of "ignoredPhrases"` for an array element (not `"1"`). */
function placeOf(pointer: string): string {
  const parts = pointerPath(pointer);
  const last = parts[parts.length - 1];
  return typeof last === 'number' && parts.length > 1 ? `item ${last + 1} of "${parts[parts.length - 2]}"` : `"${last}"`;
}

/** One schema error in words that say what to change. */
export function describeSchemaError(error: SchemaError): string {
  const where = error.instancePath ? placeOf(error.instancePath) : 'the file';
  const params = error.params;
  switch (error.keyword) {
    case 'required':
      return `missing "${params.missingProperty}": add it`;
    case 'additionalProperties':
      return `unknown field "${params.additionalProperty}": remove it or check its spelling`;
    case 'enum':
      return `${where} must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'type':
      return `${where} must be ${params.type === 'array' ? 'an array' : params.type === 'object' ? 'an object' : `a ${params.type}`}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}
