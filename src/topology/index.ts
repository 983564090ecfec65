export * from './cidr';
export * from './errors';
export * from './fields';
export * from './load';
export * from './resolve';
export * from './resolved';
export { topologySchema, type TopologyInput, type TopologySpec } from './schema';
export { WORLD_OPEN_ADMIN_RULE } from './schema/cross-field';
