/**
 * How long a scale set's terminate notification may hold a deleted instance, in minutes (PT5M to PT15M):
 * learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-terminate-notification.
 */
export const TERMINATE_NOTIFICATION_MINUTES = { min: 5, max: 15 } as const;
