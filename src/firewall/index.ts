export * from './model';
export * from './ports';
export * from './matrix';
export * from './entries';
export * from './tables';
export { SEED_RULES, BOOT_RULES, PUBLISHED_GITHUB_HOOKS } from './seed-matrix';
