package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LanguageEvalTest {

  @TempDir Path dir;

  private static final String ENGLISH = "The minister said on Tuesday that the government would"
      + " raise the tax on fuel next year, and that the money would be spent on roads and on"
      + " the railways in the north of the country, which have been neglected for a decade.";
  private static final String FRENCH = "Le ministre a déclaré mardi que le gouvernement allait"
      + " augmenter la taxe sur le carburant l'année prochaine et que l'argent serait consacré"
      + " aux routes et aux chemins de fer du nord du pays, négligés depuis une décennie.";

  @Test
  void csvReaderHandlesQuotedCommasQuotesAndNewlines() {
    List<List<String>> rows = LanguageEval.readCsv("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n4,,6");
    assertThat(rows).containsExactly(
        List.of("a", "b", "c"), List.of("1", "x, \"y\"\nz", "3"), List.of("4", "", "6"));
  }

  @Test
  void semEvalRowsGiveBothTextsInKnownLanguagesOnly() throws IOException {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "pair_id,lang1,lang2,text1,text2\n"
        + "1,en,fr,\"" + ENGLISH + "\",\"" + FRENCH + "\"\n"
        + "2,xx,en,something,\"  \"\n");
    List<LanguageEval.Labelled> texts = LanguageEval.semeval(csv);
    assertThat(texts).extracting(LanguageEval.Labelled::language).containsExactly("eng", "fra");
    LanguageEval.SemEval r = LanguageEval.scoreSemEval(texts);
    assertThat(r.byLanguage().get("eng")).isEqualTo(new LanguageEval.Count(1, 1));
    assertThat(r.byLanguage().get("fra")).isEqualTo(new LanguageEval.Count(1, 1));
    assertThat(r.shortcutMisfires()).isZero();
  }

  @Test
  void identifyingAPrefixGivesTheAnswerForTheWholeText() {
    var analyzer = LanguageEval.analyzer(40, false);
    String mixed = FRENCH + " " + ENGLISH + " " + ENGLISH + " " + ENGLISH;
    assertThat(LanguageEval.identify(analyzer, mixed))
        .isEqualTo(analyzer.analyze(mixed, List.of()).language());
    assertThat(LanguageEval.identify(analyzer, "")).isEqualTo("und");
  }

  @Test
  void commandCountsMultiLingFilesBySuffix() throws IOException {
    Path source = Files.createDirectories(dir.resolve("multiling2011/source"));
    Files.writeString(source.resolve("M0000.english"), ENGLISH);
    Files.writeString(source.resolve("M0000.french"), FRENCH);
    Files.writeString(source.resolve("M0000.klingon"), ENGLISH);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new LanguageEvalCommand())
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("--data", dir.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("MultiLing 2011 source: 2 texts", "eng 1/1", "fra 1/1", "SemEval-2022 task 8: not found");
  }

  @Test
  void missingDataIsAnErrorNotAnException() {
    StringWriter err = new StringWriter();
    int code = new CommandLine(new LanguageEvalCommand())
        .setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
        .execute("--data", dir.resolve("nothing").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("not found");
  }
}
