/** Corroboration: which figures independent origins confirm, and where sources disagree. */
package dev.quorum.corroborate;
