import { compareText } from '../../src/util/compare-text';

test('orders by code unit, as the default sort does, whatever the locale would say', () => {
  const names = ['tcp', 'B-rule', 'a-rule', 'all', 'udp', 'a_rule', 'Ä', 'z'];
  expect([...names].sort(compareText)).toEqual([...names].sort());
  // localeCompare puts 'a' before 'B'; code units put the capital first.
  expect(compareText('B', 'a')).toBeLessThan(0);
  expect(compareText('a', 'a')).toBe(0);
  expect(compareText('b', 'a')).toBeGreaterThan(0);
});
