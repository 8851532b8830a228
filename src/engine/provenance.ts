/**
 * How a number in the engine is sourced, as in facts.md. Every table row and law carries one.
 */

/** Provenance status: P primary (the paper), R the authors' repository, S secondary, D derived, or UNVERIFIED. */
export type SourceStatus = 'P' | 'R' | 'S' | 'D' | 'UNVERIFIED';
