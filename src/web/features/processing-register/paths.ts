/** The addresses of the register and the chain check (app/routes.tsx and route-paths.ts name them too). */
export const PROCESSING_PATHS = {
  register: '/beheer/verwerkingsregister',
  create: '/beheer/verwerkingsregister/nieuw',
  edit: (code: string) => `/beheer/verwerkingsregister/${encodeURIComponent(code)}`,
  chain: '/beheer/auditketen',
};
