/** The roles a user can hold; a user can hold several (a coordinator is often also a mediator). */
export const ROLES = ['admin', 'coordinator', 'contact', 'mediator', 'finance'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);
