/**
 * What the kit's cost figures leave out, said wherever a cost is printed: they price instances from the catalogs,
 * and these are billed apart (by size, by hour or by traffic), with prices the catalogs do not carry.
 */
export const NOT_COUNTED: readonly string[] = ['disks', 'snapshots and backups', 'public addresses', 'NAT', 'DNS zones', 'secret stores', 'data transfer'];

/** The sentence that says so. */
export const NOT_COUNTED_NOTE = `Not counted: ${NOT_COUNTED.join(', ')}.`;
