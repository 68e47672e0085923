package dev.quorum.extract.quotes;

/** What kind of phrase names the speaker of a quote. */
public enum Speaker {
  /** A named person or organisation ("Anna Berg", "the Institute for Fiscal Studies"). */
  NAMED,
  /** A role or an unnamed source, kept as written ("the defense minister", "an adviser to ..."). */
  ROLE,
  /** A pronoun resolved to an earlier name in the article. */
  PRONOUN,
  /** A pronoun with no fitting antecedent, or no speaker phrase at all. */
  UNKNOWN
}
