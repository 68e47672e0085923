package dev.quorum.brief;

/** How well a figure is confirmed, counted in independent origins, never in articles. */
public enum ClaimStatus {
  /** Stated by two or more independent origins, and nobody gives another value. */
  CORROBORATED("corroborated"),
  /** Stated by one origin only (however many copies of it there are). */
  SINGLE_SOURCE("single-source"),
  /** Every reporting outlet hedges it ("could not be independently verified"). */
  UNVERIFIED("unverified"),
  /** Sources give different values for the same quantity, scope and time. */
  DISPUTED("disputed");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  /** The label used in every output format. */
  public String label() {
    return label;
  }
}
