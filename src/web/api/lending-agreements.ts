import { api } from './client.js';
import type { LendingAgreement, LendingAgreementList, PartnerPoolList, ProposeAgreementInput } from '../../contract/lending.js';

/** Lending agreements between pools (/api/v1/lending/agreements); shapes from the contract. */
export type { AgreementStatus, LendingAction, LendingAgreement, LendingAgreementList, PartnerPoolList, ProposeAgreementInput } from '../../contract/lending.js';

export const listLendingAgreements = () => api.get<LendingAgreementList>('/lending/agreements');
export const listPartnerPools = () => api.get<PartnerPoolList>('/lending/partner-pools');
export const proposeLendingAgreement = (input: ProposeAgreementInput) => api.post<LendingAgreement>('/lending/agreements', input);
export const confirmLendingAgreement = (id: string) => api.post<LendingAgreement>(`/lending/agreements/${id}/confirmation`);
export const endLendingAgreement = (id: string) => api.post<LendingAgreement>(`/lending/agreements/${id}/end`);
