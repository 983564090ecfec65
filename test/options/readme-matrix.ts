import type { Cloud } from '../../src/cloud';
import { refusalList, type Cell, type Row } from './cells';

const CLOUDS: readonly Cloud[] = ['aws', 'gcp', 'azure'];

/** The README markers the generated matrix sits between. */
export const MATRIX_START = '<!-- options-matrix:start: generated from test/options; UPDATE_README=1 npx jest test/options rewrites it -->';
export const MATRIX_END = '<!-- options-matrix:end -->';

function cellText(cell: Cell | undefined): string {
  if (!cell) return '—';
  if ('refused' in cell) return `refused: ${cell.how}`;
  if ('meta' in cell) return `nothing: ${cell.how}`;
  const refusals = refusalList(cell.refuses).map((refusal) => refusal.what);
  const limits = refusals.length > 0 ? ` (refused: ${refusals.join('; ')})` : '';
  if ('todo' in cell && !('read' in cell)) return `**not yet**: ${cell.how}${limits}`;
  const caveat = cell.todo ? ' (**see todo**)' : '';
  return `${cell.how}${limits}${caveat}`;
}

/** The matrix as a Markdown table: one line per option, how each cloud renders it. */
export function optionsMatrix(rows: readonly Row[]): string {
  const lines = ['| Option | AWS | GCP | Azure |', '|---|---|---|---|'];
  for (const row of rows) {
    const option = `\`${row.path}\`${row.todo ? ' (**see todo**)' : ''}`;
    lines.push(`| ${option} | ${CLOUDS.map((cloud) => cellText(row[cloud]).replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** README text with the matrix between the markers replaced. */
export function withMatrix(readme: string, matrix: string): string {
  const start = readme.indexOf(MATRIX_START);
  const end = readme.indexOf(MATRIX_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the options-matrix markers');
  return `${readme.slice(0, start + MATRIX_START.length)}\n${matrix}${readme.slice(end)}`;
}
