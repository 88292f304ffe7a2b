/** All of the cases module's SQL: the list, the reads of one case, and the commands' writes. */
export * from './case-list.js';
export * from './case-reads.js';
export * from './case-writes.js';
