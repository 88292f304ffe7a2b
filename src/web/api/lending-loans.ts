import { api } from './client.js';
import type { Loan, LoanList, LoanStatus, PartnerCandidateList } from '../../contract/lending.js';

/** Loans of mediators between pools: a case's partner candidates, the request, the lending pool's decision. */
export type { Loan, LoanAction, LoanList, LoanStatus, PartnerCandidate, PartnerCandidateList } from '../../contract/lending.js';

const enc = encodeURIComponent;

export const getPartnerCandidates = (caseId: string, signal?: AbortSignal) =>
  api.get<PartnerCandidateList>(`/cases/${enc(caseId)}/partner-candidates`, signal ? { signal } : {});
export const requestLoan = (caseId: string, lenderProfileId: string) => api.post<Loan>(`/cases/${enc(caseId)}/loans`, { lenderProfileId });
export const listLoans = (status?: LoanStatus, signal?: AbortSignal) =>
  api.get<LoanList>(`/lending/loans${status ? `?status=${status}` : ''}`, signal ? { signal } : {});
export const approveLoan = (loanId: string) => api.post<Loan>(`/lending/loans/${enc(loanId)}/approval`);
export const refuseLoan = (loanId: string, reason: string) => api.post<Loan>(`/lending/loans/${enc(loanId)}/refusal`, { reason });
export const withdrawLoan = (loanId: string, seen: 'requested' | 'approved') => api.post<Loan>(`/lending/loans/${enc(loanId)}/withdrawal`, { status: seen });
