package dev.quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML briefing of the seeds in headless Chromium: it must render, and every citation
 * must lead to the sentence it cites. Skips where no Chromium is installed; CI installs it.
 */
class HtmlBriefingBrowserTest {

  private static Path chromium() {
    for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }

  private static String runChromium(Path dir, String... args) throws IOException,
      InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium().toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile")));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("chromium.out");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
        .redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.err").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void rendersAndEveryCitationLeadsToItsSentence(@TempDir Path dir) throws Exception {
    assumeTrue(chromium() != null, "no Chromium installed");
    Path html = dir.resolve("brief.html");
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("brief", "-f", "html", "-o",
        html.toString(), ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();

    String dom = runChromium(dir, "--dump-dom", html.toUri().toString());
    Document doc = Jsoup.parse(dom);
    assertThat(doc.select("h1").text()).isNotBlank();
    assertThat(doc.select("ul.summary li")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(doc.select("script, link[rel=stylesheet], img, iframe")).isEmpty();

    List<Element> cites = doc.select(".cite a[href^=#]");
    assertThat(cites).isNotEmpty();
    for (Element a : cites) {
      Element target = doc.getElementById(a.attr("href").substring(1));
      assertThat(target).as("target of " + a.attr("href")).isNotNull();
      assertThat(target.closest("article.source")).isNotNull();
    }
    // Each summary sentence is the very sentence its first citation points at.
    for (Element li : doc.select("ul.summary li")) {
      Element first = li.selectFirst(".cite a");
      Element sentence = doc.getElementById(first.attr("href").substring(1));
      assertThat(li.text()).startsWith(sentence.text());
    }

    Path png = dir.resolve("brief.png");
    runChromium(dir, "--screenshot=" + png, "--window-size=1000,1400", html.toUri().toString());
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }
}
