/**
 * Stories: incremental clustering of articles into events (one happening, reported by many
 * outlets) and storylines (events about the same ongoing subject), with titles, time spans and
 * main entities; a batch's events are regrouped by locally scaled average linkage.
 */
package dev.quorum.stories;
