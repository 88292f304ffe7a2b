/** Today in Amsterdam as YYYY-MM-DD, whatever the device's time zone: for "not in the future" checks. */
export const todayInAmsterdam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
