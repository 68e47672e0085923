/**
 * Stories: incremental clustering of articles into events (one happening, reported by many
 * outlets) and storylines (events about the same ongoing subject), with titles, time spans and
 * main entities.
 */
package dev.quorum.stories;
