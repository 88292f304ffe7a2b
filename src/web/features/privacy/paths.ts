/** The addresses of the retention and data-subject pages. */
export const PRIVACY_PATHS = {
  terms: '/beheer/bewaartermijnen',
  lists: '/beheer/vernietigingslijsten',
  list: (id: string) => `/beheer/vernietigingslijsten/${id}`,
  rights: '/beheer/betrokkenen',
} as const;
