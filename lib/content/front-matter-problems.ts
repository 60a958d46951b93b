import type { z } from 'zod';
import { type ContentProblem, nearestName } from './problems';
import { YamlSyntaxError } from './yaml-text';

/** Problems of YAML and of the schema, each named by file, line and field. */

/** 1-based line of a top-level YAML `key:` in `text`. */
export function lineOfKey(text: string, key: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return index === -1 ? undefined : index + 1;
}

/** Every problem of a YAML syntax error, each with its line; undefined for other errors. */
export function yamlErrorProblems(error: unknown): { line?: number; message: string }[] | undefined {
  if (!(error instanceof YamlSyntaxError)) return undefined;
  return error.problems.map(({ line, message }) => ({ line, message: `not valid YAML: ${message}` }));
}

export function schemaProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  validFields: readonly string[],
  lineOf: (key: string) => number | undefined,
): ContentProblem[] {
  const problems = issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = nearestName(key, validFields);
        const hint =
          key === 'date'
            ? '; the issue date comes from the folder name'
            : suggestion
              ? `; did you mean "${suggestion}"?`
              : `; valid fields are ${validFields.join(', ')}`;
        return { file, line: lineOf(key), field: key, message: `unknown field${hint}` };
      });
    }
    const [field, ...rest] = issue.path.map(String);
    const item = rest.length > 0 && /^\d+$/.test(rest[0]) ? `item ${Number(rest[0]) + 1} ` : '';
    return [{ file, line: field ? lineOf(field) : undefined, field: field ?? 'front matter', message: item + issue.message }];
  });
  return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

