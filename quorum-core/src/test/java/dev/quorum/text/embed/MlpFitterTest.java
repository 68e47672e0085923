package dev.quorum.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpFitterTest {

  /** Points labelled by an exclusive or of two signs, which no linear model separates. */
  private static List<double[]> xor(int n, long seed, List<Boolean> labels) {
    Random r = new Random(seed);
    List<double[]> x = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double a = r.nextGaussian();
      double b = r.nextGaussian();
      x.add(new double[] {a, b, r.nextGaussian()});
      labels.add(a * b > 0);
    }
    return x;
  }

  private static boolean[] array(List<Boolean> l) {
    boolean[] y = new boolean[l.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = l.get(i);
    }
    return y;
  }

  @Test
  void learnsAnInteractionALogisticModelCannot() {
    List<Boolean> ly = new ArrayList<>();
    List<double[]> x = xor(600, 1, ly);
    boolean[] y = array(ly);
    List<Boolean> ty = new ArrayList<>();
    List<double[]> test = xor(400, 2, ty);
    List<String> names = List.of("a", "b", "noise");
    MlpModel mlp = new MlpFitter(8, 1e-3, 400, 0.05, 7).fit(names, x, y);
    LogisticModel linear = new LogisticFitter(1).fit(names, x, y);
    double mlpAcc = LogisticFitter.evaluate(mlp, test, array(ty)).accuracy();
    double linearAcc = LogisticFitter.evaluate(linear, test, array(ty)).accuracy();
    assertThat(mlpAcc).isGreaterThan(0.9);
    assertThat(linearAcc).isLessThan(0.7);
  }

  @Test
  void sameSeedSameModel() {
    List<Boolean> ly = new ArrayList<>();
    List<double[]> x = xor(200, 3, ly);
    MlpFitter f = new MlpFitter(4, 1e-3, 50, 0.05, 11);
    MlpModel a = f.fit(List.of("a", "b", "c"), x, array(ly));
    MlpModel b = f.fit(List.of("a", "b", "c"), x, array(ly));
    assertThat(a.hidden()).isDeepEqualTo(b.hidden());
    assertThat(a.threshold()).isEqualTo(b.threshold());
    assertThat(a.probability(x.get(0))).isBetween(0.0, 1.0);
  }
}
