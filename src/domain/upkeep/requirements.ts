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
/**
 * Permanente Educatie (PE): 48 PE points per three-year cycle, of which at least 18 are
 * intervision points. Source: the MfN register's upkeep rules (Reglement MfN-register, the
 * "Permanente Educatie" requirements for register mediators) as summarised in the project's domain
 * brief (../shared/domain.md, "Facts for the registry": "48 education points, of which at least 18
 * intervision"). The Dutch seed texts in ../shared/seeds/ name intervision meetings but give no
 * numbers. Intervision points count toward the 48 as well, they are not on top of them.
 */
export const MIN_EDUCATION_POINTS = 48;
export const MIN_INTERVISION_POINTS = 18;
/**
 * Activities of logged hours (src/contract/hours.ts ACTIVITIES) that are contact with the parties
 * and so count as MfN contact hours of a pool case: the intake and the mediation sessions.
 * Preparation, reporting, travel and consultation (overleg) are not contact with parties.
 */
export const CONTACT_ACTIVITIES: readonly string[] = ['intake', 'session'];
export const PEER_REVIEW_EVERY_YEARS = 3;
/** Anything required that falls due within this many days and is not done makes the state "at risk". */
export const AT_RISK_DAYS = 90;
