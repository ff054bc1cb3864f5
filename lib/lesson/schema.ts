import { z } from 'zod';

/** The lesson clock when a lesson does not set `clock`: a Tuesday morning, so "yesterday" is a weekday. */
export const DEFAULT_CLOCK = '2024-01-16T09:00:00';

const CLOCK_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?$/;
const SQL_IDENTIFIER_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words that would need quoting as a table name; a short list of the ones people actually pick. */
const SQL_RESERVED = new Set(
  ('all and as by case check column create default desc distinct from group having in join limit not ' +
    'null on or order select table to union where with').split(' '),
);

const text = () => z.string().trim().min(1, { error: 'must not be empty; write some text' });

/** True when the clock names a real calendar date and time (rejects 2024-02-30 and 25:00:00). */
function isRealDateTime(value: string): boolean {
  const m = CLOCK_RE.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const back = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const time = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return [...back, ...time].every((part, i) => part === [y, mo, d, h, mi, s][i]);
}

const objectiveShape = {
  text: text(),
  section: text().optional(),
};

const creditShape = {
  source: text(),
  author: text().optional(),
  license: text().optional(),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, { error: 'must be a full http:// or https:// address' })
    .optional(),
  note: text().optional(),
};

const dataShape = {
  file: z
    .string()
    .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]+$/, {
      error: "must be a file name inside the lesson folder, e.g. sales_raw.csv (no '..', no leading '/')",
    }),
  table: z
    .string()
    .regex(SQL_IDENTIFIER_RE, {
      error: "must be a SQL identifier: letters, digits and '_', not starting with a digit, e.g. sales_raw",
    })
    .refine((name) => !SQL_RESERVED.has(name.toLowerCase()), {
      error: 'is a SQL keyword; pick another table name, e.g. add a suffix like orders_raw',
    })
    .optional(),
  description: text().optional(),
};

/** A bare string is shorthand for `{ text: string }` / `{ file: string }`; normalise before validating. */
const shorthand = (key: string) => (value: unknown) => (typeof value === 'string' ? { [key]: value } : value);

const itemError = (what: string) => (issue: { code: string; input?: unknown }) =>
  issue.code === 'invalid_type' && issue.input !== undefined ? what : undefined;

const frontMatterShape = {
  title: text(),
  summary: text(),
  language: z.enum(['ko', 'en'], { error: "must be 'ko' (Korean) or 'en' (English)" }),
  objectives: z
    .array(
      z.preprocess(
        shorthand('text'),
        z.strictObject(objectiveShape, {
          error: itemError("must be text, or a mapping with 'text:' and 'section:' lines"),
        }),
      ),
    )
    .default([]),
  credit: z.strictObject(creditShape).optional(),
  data: z
    .array(
      z.preprocess(
        shorthand('file'),
        z.strictObject(dataShape, {
          error: itemError("must be a file name, or a mapping with 'file:', 'table:' and 'description:' lines"),
        }),
      ),
    )
    .default([]),
  clock: z
    .string()
    .refine(isRealDateTime, {
      error: 'must be a local date-time like 2024-01-16T09:00:00 or a date like 2024-01-16 (no time zone)',
    })
    .transform((value) => (value.includes('T') ? value : `${value}T00:00:00`))
    .default(DEFAULT_CLOCK),
};

/** Allowed keys per mapping, for "unknown key ...; allowed: ..." messages. */
export const ALLOWED_KEYS = {
  root: Object.keys(frontMatterShape),
  credit: Object.keys(creditShape),
  objective: Object.keys(objectiveShape),
  data: Object.keys(dataShape),
};

/** The lesson front matter. Unknown keys are errors so a typo never passes silently. */
export const frontMatterSchema = z.strictObject(frontMatterShape);

export type FrontMatter = z.output<typeof frontMatterSchema>;
