export * from './containers';
export * from './types';
export * from './fleet';
export * from './services-box';
export * from './compare';
export * from './schedule';
export { NOT_COUNTED, NOT_COUNTED_NOTE } from './not-counted';
