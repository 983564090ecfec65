import { markdownTable } from '../../util/markdown';
import { unacknowledged, type PolicyResult } from './runner';
import { POLICY_LEVELS, type PolicyLevel } from './rule';

const PLURAL: Readonly<Record<PolicyLevel, string>> = { error: 'errors', warning: 'warnings', info: 'info' };

/** Markdown cells hold one line. */
function line(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function summary(result: PolicyResult): string {
  const failing = result.findings.filter((f) => f.status === 'non-compliant');
  const counts = POLICY_LEVELS.map((level) => {
    const all = failing.filter((f) => f.level === level);
    const acknowledged = all.filter((f) => f.acknowledged !== undefined).length;
    return `${all.length} ${all.length === 1 && level !== 'info' ? level : PLURAL[level]}${acknowledged > 0 ? ` (${acknowledged} acknowledged)` : ''}`;
  });
  const outcome = (o: string) => result.rules.filter((r) => r.outcome === o).length;
  return `${counts.join(', ')}; ${outcome('passed')} rules passed, ${outcome('failed')} failed, ${outcome('not-applicable')} not applicable (${result.cloud}).`;
}

/**
 * The policy findings as markdown, for the review report (which supplies the heading): a summary line, a table of
 * the non-compliant findings (acknowledged ones with their reason), the rules that did not apply, and
 * acknowledgements the stack did not need.
 */
export function renderPolicyMarkdown(result: PolicyResult): string {
  const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
  const failing = result.findings.filter((f) => f.status === 'non-compliant');
  const parts = [summary(result)];
  if (failing.length === 0) parts.push('No findings: every applicable rule passes.');
  else {
    const rows = failing.map((f) => {
      const rule = rules.get(f.rule);
      return [f.level, f.rule, f.resource, line(f.message), line(rule?.fix ?? ''), (rule?.mirrors ?? []).join(', ') || '—', f.acknowledged === undefined ? '' : line(f.acknowledged)];
    });
    parts.push(markdownTable(['Level', 'Rule', 'Resource', 'Message', 'Fix', 'Mirrors', 'Acknowledged'], rows));
  }
  if (unacknowledged(result).some((f) => f.level === 'error')) parts.push('**Unacknowledged errors: the review fails.**');
  const notApplicable = result.rules.filter((r) => r.outcome === 'not-applicable').map((r) => r.id);
  if (notApplicable.length > 0) parts.push(`Not applicable (nothing to check in this stack): ${notApplicable.join(', ')}.`);
  if (result.unusedAcknowledgements.length > 0) {
    parts.push(`Acknowledgements not needed here: ${result.unusedAcknowledgements.map((a) => `${a.rule} (${line(a.reason)})`).join('; ')}.`);
  }
  return parts.join('\n\n');
}
