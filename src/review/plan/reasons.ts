// Terraform's documented action_reason values, in the words of its own plan output.
const REASONS: Readonly<Record<string, string>> = {
  replace_because_cannot_update: 'an attribute cannot be updated in place',
  replace_because_tainted: 'the object is tainted',
  replace_by_request: 'replacement was requested with -replace',
  replace_by_triggers: 'replace_triggered_by fired',
  delete_because_no_resource_config: 'the resource is no longer in the configuration',
  delete_because_wrong_repetition: 'the resource switched between count, for_each and neither',
  delete_because_count_index: 'its count index is out of range',
  delete_because_each_key: 'its for_each key is gone',
  delete_because_no_module: 'its module is no longer in the configuration',
  delete_because_no_move_target: 'the target of its moved block does not exist',
  read_because_config_unknown: 'its configuration depends on values not known yet',
  read_because_dependency_pending: 'a resource it depends on has pending changes',
  read_because_check_nested: 'it is in a check block',
};

/** What one of Terraform's action_reason codes means; undefined for a code this review does not know. */
export function reasonMeaning(reason: string): string | undefined {
  return REASONS[reason];
}
