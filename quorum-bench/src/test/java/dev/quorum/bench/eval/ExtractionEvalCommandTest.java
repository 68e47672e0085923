package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractionEvalCommandTest {

  @TempDir Path dir;

  private void page(String id, String html) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String article(String body) {
    return "<html><body><nav><a href=/a>Home</a> <a href=/b>World</a> <a href=/c>Sport</a></nav>"
        + "<article><h1>Headline</h1><p>" + body + "</p></article>"
        + "<footer>Copyright notice and contact details</footer></body></html>";
  }

  @Test
  void printsOneRowPerSystemAndTheWorstPages() throws IOException {
    String one = "The river rose above its banks overnight, flooding the lower town, and residents"
        + " were moved to the school hall while volunteers filled sandbags along the quay.";
    String two = "Farmers in the valley say the late frost damaged most of the apple blossom, and"
        + " they expect the harvest to be half of last year's, which will raise prices.";
    page("p1", article(one));
    page("p2", article(two));
    Files.writeString(dir.resolve("ground-truth.json"),
        "{\"p1\":{\"articleBody\":\"" + one + "\",\"url\":\"https://e.x/1\"},"
            + "\"p2\":{\"articleBody\":\"" + two.replace("'", "'") + "\",\"url\":\"https://e.x/2\"}}");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new ExtractionEvalCommand())
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("--data", dir.toString(), "--worst", "1", "--warmup", "0");

    assertThat(code).as(err.toString()).isZero();
    String text = out.toString();
    assertThat(text).contains("system", "precision", "recall", "F1", "pages/s");
    assertThat(text).containsPattern("(?m)^quorum\\s+2\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s");
    assertThat(text).containsPattern("(?m)^readability4j\\s+2\\s");
    assertThat(text).containsPattern("(?m)^crux\\s+2\\s");
    assertThat(text).contains("worst 1 pages for quorum:");
  }

  @Test
  void missingDataIsAnErrorNotAnException() {
    StringWriter err = new StringWriter();
    int code = new CommandLine(new ExtractionEvalCommand())
        .setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
        .execute("--data", dir.resolve("nothing-here").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("not found");
  }
}
