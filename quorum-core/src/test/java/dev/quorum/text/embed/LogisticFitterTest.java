package dev.quorum.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitterTest {

  /** Labels drawn from a known logistic model: the fit must recover the signs and the ranking. */
  @Test
  void recoversAKnownModel() {
    Random r = new Random(7);
    List<double[]> x = new ArrayList<>();
    boolean[] y = new boolean[3000];
    for (int i = 0; i < y.length; i++) {
      double a = r.nextGaussian();
      double b = r.nextGaussian();
      double c = r.nextGaussian();
      x.add(new double[] {a, b, c});
      double p = 1 / (1 + Math.exp(-(0.5 + 2 * a - 1 * b)));
      y[i] = r.nextDouble() < p;
    }
    LogisticModel m = new LogisticFitter(1e-3).fit(List.of("a", "b", "c"), x, y);
    assertThat(m.weights()[0]).isBetween(1.6, 2.4);
    assertThat(m.weights()[1]).isBetween(-1.3, -0.7);
    assertThat(Math.abs(m.weights()[2])).isLessThan(0.2);
    Confusion cv = new LogisticFitter(1e-3).crossValidate(List.of("a", "b", "c"), x, y, 5, 1);
    assertThat(cv.total()).isEqualTo(3000);
    assertThat(cv.accuracy()).isGreaterThan(0.7);
  }

  @Test
  void thresholdMaximisesTrainingAccuracy() {
    List<double[]> x = List.of(new double[] {0}, new double[] {1}, new double[] {2},
        new double[] {3}, new double[] {4}, new double[] {5});
    boolean[] y = {false, false, false, true, true, true};
    LogisticModel m = new LogisticFitter(1).fit(List.of("v"), x, y);
    assertThat(LogisticFitter.evaluate(m, x, y).accuracy()).isEqualTo(1.0);
  }

  @Test
  void confusionArithmetic() {
    Confusion c = Confusion.of(new boolean[] {true, true, false, false}, new boolean[] {true, false, false, true});
    assertThat(c).isEqualTo(new Confusion(1, 1, 1, 1));
    assertThat(c.accuracy()).isEqualTo(0.5);
    assertThat(c.f1()).isEqualTo(0.5);
  }
}
