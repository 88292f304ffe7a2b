import { getMediator } from '../../../api/registry.js';
import { useQuery } from '../../../hooks/use-query.js';

/** One mediator of the pool, reloaded when the address names another. */
export const useMediator = (mediatorId: string) => useQuery(() => getMediator(mediatorId), [mediatorId]);
