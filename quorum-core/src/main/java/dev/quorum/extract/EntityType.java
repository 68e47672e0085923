package dev.quorum.extract;

/** The kinds of named entity Quorum tells apart, after the CoNLL-2003 types. */
public enum EntityType {
  PERSON,
  ORG,
  PLACE,
  MISC;

  /** The type of a CoNLL tag suffix ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}). */
  public static EntityType fromConll(String tag) {
    return switch (tag) {
      case "PER" -> PERSON;
      case "ORG" -> ORG;
      case "LOC" -> PLACE;
      case "MISC" -> MISC;
      default -> throw new IllegalArgumentException("not a CoNLL entity type: " + tag);
    };
  }

  /** The CoNLL tag suffix of this type. */
  public String conll() {
    return switch (this) {
      case PERSON -> "PER";
      case ORG -> "ORG";
      case PLACE -> "LOC";
      case MISC -> "MISC";
    };
  }
}
