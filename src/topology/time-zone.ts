/**
 * IANA time zones, judged by the runtime's time zone database (Node's full ICU): AWS scheduled actions and GCP's
 * autoscaler schedules take IANA names and refuse others only at apply, so an unknown name is caught here.
 */

/** How the database spells a name: every part starts with a capital (true of every zone Intl lists). */
export const TIME_ZONE_NAME = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/;

function isKnown(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** Lower case, letters, digits, `/` and `+` only: how `America/NewYork` and `america/new_york` are found to mean the same zone. */
function looseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9/+]/g, '');
}

/** Why a name is not an IANA time zone as the database spells it, with the zone it most likely means; undefined when it is one. */
export function timeZoneFault(name: string): string | undefined {
  // Intl also takes other letter cases (europe/berlin), which the clouds' schedulers do not promise to.
  if (TIME_ZONE_NAME.test(name) && isKnown(name)) return undefined;
  const meant = Intl.supportedValuesOf('timeZone').find((zone) => looseName(zone) === looseName(name));
  return `is not a time zone in the IANA database; ${meant ? `did you mean ${meant}?` : 'write it as listed there, e.g. Europe/Berlin, America/New_York or UTC'}`;
}
