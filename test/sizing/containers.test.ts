import { containersPerBuilder } from '../../src/sizing';

describe('containers per builder', () => {
  it.each([
    [{ cpus: 4, memoryGiB: 16 }, 1],
    [{ cpus: 16, memoryGiB: 64 }, 7],
    [{ cpus: 16, memoryGiB: 30 }, 6],
    [{ cpus: 96, memoryGiB: 192 }, 47],
    [{ cpus: 2, memoryGiB: 8 }, 0],
    [{ cpus: 8, memoryGiB: 8 }, 1],
  ])('GIVEN a %p machine with the default reserve and container THEN it runs %i', (machine, expected) => {
    expect(containersPerBuilder(machine)).toBe(expected);
  });

  it("GIVEN CircleCI's doc example (6 CPUs, 10 GB) THEN it runs 2 containers only with a 2 GiB reserve", () => {
    expect(containersPerBuilder({ cpus: 6, memoryGiB: 10 })).toBe(1);
    expect(containersPerBuilder({ cpus: 6, memoryGiB: 10 }, { cpus: 2, memoryGiB: 4 }, { cpus: 2, memoryGiB: 2 })).toBe(2);
  });

  it('GIVEN fractional container shapes THEN float noise does not lose a container', () => {
    expect(containersPerBuilder({ cpus: 4, memoryGiB: 8.4 }, { cpus: 0.5, memoryGiB: 0.7 }, { cpus: 1, memoryGiB: 1.4 })).toBe(6);
  });
});
