/**
 * The MfN register's upkeep requirements per three-year cycle (see the domain brief, "Facts for
 * the registry"). Kept as named numbers so a change of the register's rules is a change here.
 */
export const CYCLE_YEARS = 3;
export const MIN_MEDIATIONS = 9;
export const MIN_CONTACT_MINUTES = 36 * 60;
export const MIN_MEDIATIONS_PER_YEAR = 2;
export const MIN_CONTACT_MINUTES_PER_YEAR = 8 * 60;
export const MIN_WRITTEN_AGREEMENTS = 3;
/** Co-mediations beyond this number do not count, not even for hours or agreements. */
export const MAX_COUNTED_CO_MEDIATIONS = 3;
export const MIN_EDUCATION_POINTS = 48;
/** "48 points including intervision": we read it as at least one intervision activity among them. */
export const MIN_INTERVISION_ACTIVITIES = 1;
export const PEER_REVIEW_EVERY_YEARS = 3;
/** Anything required that falls due within this many days and is not done makes the state "at risk". */
export const AT_RISK_DAYS = 90;
