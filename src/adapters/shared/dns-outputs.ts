/**
 * The output that carries a created, signed zone's DS record for the parent zone: one name on every cloud that signs
 * the zones it creates, so the README's delegation steps and scripts read the same output everywhere.
 */
export const DS_RECORD_OUTPUT = 'dns_ds_record';
