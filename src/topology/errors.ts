import { looksLikeKeyMaterial, withholdSecrets } from './withheld';

/** One problem with a topology: where it is, what was there, and what is allowed. */
export interface TopologyIssue {
  /** Dotted path into the file, e.g. `builders.container.cpus`; empty for the file itself. */
  readonly path: string;
  /** The value found there, when there was one. */
  readonly value?: unknown;
  /** What is wrong and what is allowed, as a sentence fragment. */
  readonly message: string;
}

/** Formats a path as the topology file's users write it: `firewall.add[0].peer`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function showValue(value: unknown): string {
  if (value === undefined) return '';
  // JSON would show NaN and Infinity as null.
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  if (looksLikeKeyMaterial(text)) return '(withheld: looks like key material)';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One line per problem: `path = value: message`. */
export function formatIssue(issue: TopologyIssue): string {
  const where = issue.path || '(file)';
  const value = showValue(issue.value);
  return value ? `${where} = ${value}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** A topology that cannot be used, with every problem found. */
export class TopologyError extends Error {
  /** Every problem, in file order where known; nothing found at a secret's place is among them. */
  readonly issues: readonly TopologyIssue[];

  constructor(
    issues: readonly TopologyIssue[],
    /** The file the topology came from, when it came from one. */
    readonly file?: string,
  ) {
    const shown = withholdSecrets(issues);
    super(shown.map(formatIssue).join('\n'));
    this.issues = shown;
    this.name = 'TopologyError';
  }

  /** A single problem at a path. */
  static at(path: readonly PropertyKey[], value: unknown, message: string): TopologyError {
    return new TopologyError([{ path: formatPath(path), value, message }]);
  }

  /** The report printed for the operator: the file, then one line per problem. */
  report(): string {
    const head = `${this.file ?? 'topology'}: ${this.issues.length} problem${this.issues.length === 1 ? '' : 's'}`;
    return [head, ...this.issues.map((issue) => `  - ${formatIssue(issue)}`)].join('\n');
  }
}
