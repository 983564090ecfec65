/** The clouds the kit renders an installation on. */
export const CLOUDS = ['aws', 'gcp', 'azure'] as const;

/** One of the clouds the kit renders an installation on. */
export type Cloud = (typeof CLOUDS)[number];

/** CPU architectures the catalogs know. CircleCI builders are x86_64 in every release. */
export const ARCHITECTURES = ['x86_64', 'arm64'] as const;

/** A CPU architecture. */
export type Arch = (typeof ARCHITECTURES)[number];

/** Hours in an average month, the convention the clouds' own calculators use (8,760 h / 12). */
export const HOURS_PER_MONTH = 730;
