/** The longest description a self-referral may carry: the contract's SELF_REFERRAL_DESCRIPTION_MAX (the web imports contracts as types only). */
export const SELF_REFERRAL_DESCRIPTION_MAX_LENGTH = 4000;
