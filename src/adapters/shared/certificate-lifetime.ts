/**
 * The self-signed certificate's lifetime in the tls provider's terms, the same on every cloud. `early_renewal_hours`
 * unset is 0: the certificate would be replaced only by an apply after it has expired. With a tenth of its life, an
 * apply in that last tenth replaces it; the services box fetches the new one at its next boot.
 */
export function selfSignedLifetime(validityDays: number): { readonly validityPeriodHours: number; readonly earlyRenewalHours: number } {
  const validityPeriodHours = validityDays * 24;
  return { validityPeriodHours, earlyRenewalHours: Math.ceil(validityPeriodHours / 10) };
}
