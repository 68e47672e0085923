package dev.quorum.corroborate;

import dev.quorum.brief.ClaimStatus;
import java.util.List;
import java.util.Objects;

/**
 * The corroboration status of one fact and the ids of the facts it conflicts with.
 *
 * @param status corroborated, single-source, unverified or disputed
 * @param conflicts ids of facts that give an incompatible value for the same quantity and scope
 */
public record Verdict(ClaimStatus status, List<String> conflicts) {

  public Verdict {
    Objects.requireNonNull(status, "status");
    conflicts = List.copyOf(conflicts);
    if ((status == ClaimStatus.DISPUTED) == conflicts.isEmpty()) {
      throw new IllegalArgumentException("a fact is disputed exactly when it has conflicts");
    }
  }
}
