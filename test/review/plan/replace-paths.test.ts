import { renderPath } from '../../../src/review/plan/replace-paths';

describe('rendering the paths that force a replacement', () => {
  it.each([
    [['ami'], 'ami'],
    [['root_block_device', 0, 'volume_size'], 'root_block_device[0].volume_size'],
    [['boot_disk', 0, 'initialize_params', 0, 'image'], 'boot_disk[0].initialize_params[0].image'],
    [['tags', 'circleci-role'], 'tags["circleci-role"]'],
    [['labels', 'a b"c'], 'labels["a b\\"c"]'],
    [['metadata', 'line\nbreak'], 'metadata["line\\nbreak"]'],
  ])('GIVEN %j WHEN rendered THEN %s', (path, text) => {
    expect(renderPath(path)).toBe(text);
  });
});
