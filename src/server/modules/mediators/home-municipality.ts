/** A mediator's home municipality must be a current member of the pool (see `isCurrentMember`). */
export const HOME_MUNICIPALITY_REASON = 'Kies een gemeente die nu lid is van de pool.';
