package dev.quorum.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.brief.ClaimStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorroboratorTest {

  private final Corroborator corroborator = new Corroborator();

  private static Fact fact(String id, String scope, double value, String qualifier,
      boolean hedged, String... origins) {
    return new Fact(id, "soldiers killed", scope, "", value, qualifier, hedged, Set.of(origins));
  }

  @Test
  void twoOriginsCorroborateOneDoesNot() {
    Map<String, Verdict> v = corroborator.judge(List.of(
        fact("c1", "past 24 hours", 1600, null, false, "o1", "o2"),
        fact("c2", "since february", 30000, null, false, "o1")));
    assertThat(v.get("c1").status()).isEqualTo(ClaimStatus.CORROBORATED);
    assertThat(v.get("c2").status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
  }

  @Test
  void differentValuesForTheSameScopeAreDisputedBothWays() {
    Map<String, Verdict> v = corroborator.judge(List.of(
        fact("c1", "past 24 hours", 1600, null, false, "o1"),
        fact("c2", "past 24 hours", 500, null, false, "o2")));
    assertThat(v.get("c1").status()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(v.get("c1").conflicts()).containsExactly("c2");
    assertThat(v.get("c2").conflicts()).containsExactly("c1");
  }

  @Test
  void differentScopesNeverConflict() {
    Map<String, Verdict> v = corroborator.judge(List.of(
        fact("c1", "past 24 hours", 1600, null, false, "o1"),
        fact("c2", "since february 24", 150000, null, false, "o2")));
    assertThat(v.values()).extracting(Verdict::status)
        .containsOnly(ClaimStatus.SINGLE_SOURCE);
  }

  @Test
  void qualifiersWidenWhatAgrees() {
    Map<String, Verdict> v = corroborator.judge(List.of(
        fact("c1", "share", 0.2, "nearly", false, "o1"),
        fact("c2", "share", 0.19, "about", false, "o2"),
        fact("c3", "", 170, "more than", false, "o1"),
        fact("c4", "", 150, null, false, "o2")));
    assertThat(v.get("c1").status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
    assertThat(v.get("c2").status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
    assertThat(v.get("c3").conflicts()).containsExactly("c4");
  }

  @Test
  void hedgedFiguresAreUnverifiedUnlessDisputed() {
    Map<String, Verdict> v = corroborator.judge(List.of(
        fact("c1", "past day", 1600, null, true, "o1")));
    assertThat(v.get("c1").status()).isEqualTo(ClaimStatus.UNVERIFIED);
  }

  @Test
  void aFactNeedsAnOrigin() {
    assertThatThrownBy(() -> fact("c1", "", 1, null, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
