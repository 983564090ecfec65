// The option x cloud table (README "Options on each cloud"): every leaf option of the schema, on every cloud it
// applies to, is rendered as the topology says (asserted on the synthesized JSON, against the default topology's),
// refused at validation with a message naming it, or renders nothing by design. One jest file: each variant is
// synthesized once per cloud, and the provider classes load once. The deployer's permissions are read from the
// same stacks, in the same module registry.
import './deployer-permissions.cases';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cloud } from '../../src/cloud';
import { TopologyError } from '../../src/topology';
import { parseTopology, resolveTopology } from '../../src/topology';
import type { Cell, Meta, Refusal, Refused, Rendered, Row } from './cells';
import { cloudsOf, refusalList } from './cells';
import { optionPaths } from './option-paths';
import { optionsMatrix, withMatrix } from './readme-matrix';
import { modelOf, synthesizeAll, variantData, type Synthesized } from './stacks';
import { OPTION_TABLE } from './table';
import type { VariantName } from './variants';

const isRendered = (cell: Cell): cell is Rendered => 'read' in cell;
const isRefused = (cell: Cell): cell is Refused => 'refused' in cell;
const isMeta = (cell: Cell): cell is Meta => 'meta' in cell;

const cells = OPTION_TABLE.flatMap((row) => cloudsOf(row.path).flatMap((cloud) => (row[cloud] ? [{ row, cloud, cell: row[cloud] as Cell }] : [])));

/** The value a reader gives, or a marker when what it reads is not in the stack. */
function tryRead(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return '<not in the stack>';
  }
}

/**
 * The problems validation finds with a patch applied to the default topology, with only this cloud selected unless the
 * patch selects clouds itself (for values refused with other clouds): parsing, then resolving for the cloud.
 */
function refusal(cloud: Cloud, refusal: Refusal): readonly { path: string; message: string }[] {
  try {
    resolveTopology(parseTopology(variantData('default', { clouds: [cloud], ...refusal.patch })), cloud);
  } catch (error) {
    if (error instanceof TopologyError) return error.issues;
    throw error;
  }
  return [];
}

function expectRefused(path: string, cloud: Cloud, r: Refusal): void {
  const issues = refusal(cloud, r);
  expect(issues.map((issue) => `${issue.path.replace(/\[\d+\]/g, '[]')}: ${issue.message}`)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${path.replace(/[.[\]$]/g, '\\$&')}.*: .*${r.message.source}`))]));
}

describe('the option x cloud table', () => {
  let stack: (variant: VariantName, cloud: Cloud) => Synthesized;

  beforeAll(() => {
    const pairs = cells.flatMap(({ cloud, cell }) => (isRendered(cell) ? [[cell.variant, cloud] as const, ['default', cloud] as const] : []));
    stack = synthesizeAll(pairs);
  });

  it('GIVEN the schema THEN every leaf option has exactly one row, and every row is an option', () => {
    const rows = OPTION_TABLE.map((row) => row.path);
    expect(rows.filter((path, index) => rows.indexOf(path) !== index)).toEqual([]);
    expect({ missing: optionPaths().filter((path) => !rows.includes(path)), unknown: rows.filter((path) => !optionPaths().includes(path)) }).toEqual({ missing: [], unknown: [] });
  });

  it('GIVEN each row THEN it has a cell for every cloud the option applies to, and none for the others', () => {
    const wrong = OPTION_TABLE.flatMap((row) =>
      (['aws', 'gcp', 'azure'] as const).flatMap((cloud) => (cloudsOf(row.path).includes(cloud) === (row[cloud] !== undefined) ? [] : [`${row.path} on ${cloud}`])),
    );
    expect(wrong).toEqual([]);
  });

  describe.each(cells.map(({ row, cloud, cell }) => [`${row.path} on ${cloud}`, row, cloud, cell] as [string, Row, Cloud, Cell]))('%s', (_name, row, cloud, cell) => {
    if (isRendered(cell)) {
      it(`GIVEN the ${cell.variant} topology WHEN synthesized THEN it renders as the topology says: ${cell.how}`, () => {
        const { json, model } = stack(cell.variant, cloud);
        const expected = cell.expected(model);
        expect(cell.read(json, model)).toEqual(expected);
        if (cell.otherwise) {
          expect(cell.expected(modelOf(cell.variant, cloud, cell.otherwise))).not.toEqual(expected);
        } else {
          const defaults = stack('default', cloud);
          expect(tryRead(() => cell.read(defaults.json, defaults.model))).not.toEqual(expected);
        }
        if (cell.byDefault !== undefined) {
          const defaults = stack('default', cloud);
          expect(cell.read(defaults.json, defaults.model)).toEqual(cell.byDefault);
        }
      });
      if (cell.todo) it.todo(`${row.path} on ${cloud}: ${cell.todo}`);
    } else if (isRefused(cell)) {
      it('GIVEN the option on this cloud THEN validation refuses it, naming the option', () => expectRefused(row.path, cloud, cell.refused));
    } else if (isMeta(cell)) {
      it(`GIVEN the option THEN it renders nothing in the stack by design: ${cell.meta}`, () => cell.check(modelOf('default', cloud)));
    } else {
      it.todo(`${row.path} on ${cloud}: ${cell.todo}`);
    }
    if (!isRefused(cell) && !isMeta(cell)) {
      for (const refused of refusalList(cell.refuses)) {
        it(`GIVEN ${JSON.stringify(refused.patch)}, which this cloud does not allow, THEN validation refuses it, naming the option`, () => expectRefused(row.path, cloud, refused));
      }
    }
  });

  it('GIVEN the table THEN README "Options on each cloud" shows the same matrix (UPDATE_README=1 rewrites it)', () => {
    const file = join(__dirname, '../../README.md');
    const readme = readFileSync(file, 'utf8');
    const expected = withMatrix(readme, optionsMatrix(OPTION_TABLE));
    if (process.env.UPDATE_README === '1' && expected !== readme) writeFileSync(file, expected);
    else expect(readme).toBe(expected);
  });

  // jest refuses an empty table: with no row-wide todo left, there is nothing to list.
  const rowTodos = OPTION_TABLE.filter((row) => row.todo).map((row) => [row.path, row.todo!] as const);
  if (rowTodos.length > 0) {
    describe.each(rowTodos)('%s on every cloud', (path, todos) => {
      for (const todo of todos) it.todo(`${path}: ${todo}`);
    });
  }
});
