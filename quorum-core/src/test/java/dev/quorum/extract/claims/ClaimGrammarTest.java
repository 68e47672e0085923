package dev.quorum.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The number grammar and the context reader on single sentences. */
class ClaimGrammarTest {

  static final ArticlePipeline PIPELINE = Pipelines.standard();
  static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  static List<Claim> claims(String text) {
    Article a = PIPELINE.process(new RawDocument("t", Source.file("t.txt"), "text", MediaType.TEXT,
        text, Metadata.EMPTY));
    return EXTRACTOR.extract(a);
  }

  static Claim one(String text) {
    List<Claim> c = claims(text);
    assertThat(c).as(text).hasSize(1);
    return c.get(0);
  }

  @Test
  void digitsScalesAndCurrencies() {
    assertThat(one("The bank lent $1.5 million to the farmers.").value()).isEqualTo(1.5e6);
    assertThat(one("The bank lent $1.5 million to the farmers.").unit()).isEqualTo("USD");
    Claim k = one("Each family was paid 100,000 Kenyan shillings by the fund.");
    assertThat(k.value()).isEqualTo(1e5);
    assertThat(k.unit()).isEqualTo("KES");
    assertThat(one("The tourism trade earns dlrs 14 billion a year.").unit()).isEqualTo("USD/year");
    assertThat(one("Officials counted 2,345 votes.").value()).isEqualTo(2345);
  }

  @Test
  void spelledOutNumbersThroughIcu() {
    Claim c = one("The city was home to seventy thousand people before the war.");
    assertThat(c.value()).isEqualTo(70_000);
    assertThat(c.quantity()).isEqualTo("people");
    assertThat(one("Police arrested twenty-one protesters.").value()).isEqualTo(21);
    assertThat(one("The firm hired a hundred and five workers.").value()).isEqualTo(105);
    assertThat(one("About half a million people marched.").value()).isEqualTo(5e5);
  }

  @Test
  void fractionsPercentagesAndRatios() {
    Claim fifth = one("The rebels hold nearly a fifth of the country.");
    assertThat(fifth.value()).isEqualTo(0.2);
    assertThat(fifth.unit()).isEqualTo("share");
    assertThat(fifth.qualifier()).isEqualTo("nearly");
    Claim pct = one("The rebels hold nearly 20 percent of the country.");
    assertThat(pct.value()).isCloseTo(0.2, within(1e-12));
    assertThat(pct.quantityKey()).isEqualTo("country");
    assertThat(one("Two thirds of the voters stayed home.").value()).isCloseTo(2.0 / 3, within(1e-12));
    Claim ratio = one("The losses were one in seven, the minister said.");
    assertThat(ratio.unit()).isEqualTo("ratio");
    assertThat(ratio.value()).isCloseTo(1.0 / 7, within(1e-12));
    assertThat(one("She holds a 2-to-1 lead in the polls.").value()).isEqualTo(2);
  }

  @Test
  void qualifiersRangesAndPostQualifiers() {
    assertThat(one("Troops repelled more than 170 attacks.").qualifier()).isEqualTo("more than");
    assertThat(one("Troops repelled over 170 attacks.").qualifier()).isEqualTo("more than");
    assertThat(one("At least 400 people were killed.").qualifier()).isEqualTo("at least");
    assertThat(one("Up to 3,000 people were evacuated.").qualifier()).isEqualTo("up to");
    Claim range = one("Between 10 and 20 villages were flooded.");
    assertThat(range.value()).isEqualTo(10);
    assertThat(range.high()).isEqualTo(20);
    assertThat(one("The quake had 12-15 aftershocks.").high()).isEqualTo(15);
    List<Claim> post = claims("Seven aftershocks measured 5.0 or higher.");
    assertThat(post).extracting(Claim::value).containsExactly(7.0, 5.0);
    assertThat(post).extracting(Claim::qualifier).containsExactly(null, "at least");
    assertThat(one("Many of the 600-plus satellites were moved.").qualifier()).isEqualTo("more than");
  }

  @Test
  void durationsAndMeasures() {
    Claim d = one("The siege has dragged on for nearly nine months.");
    assertThat(d.value()).isEqualTo(9);
    assertThat(d.unit()).isEqualTo("month");
    assertThat(one("The winds reached 110 mph.").unit()).isEqualTo("mph");
    Claim t = one("Temperatures fell to minus 20 degrees Celsius.");
    assertThat(t.value()).isEqualTo(-20);
    assertThat(t.unit()).isEqualTo("degC");
    assertThat(one("He finished the course in 8 minutes 50 seconds.").value()).isEqualTo(530);
    assertThat(one("The 7.9 kilometre trial was won by a Swiss rider.").unit()).isEqualTo("km");
  }

  @Test
  void notClaims() {
    assertThat(claims("The bombing on Aug. 7, 1998 shocked the city.")).isEmpty();
    assertThat(claims("The meeting began at 8:30 a.m. on Tuesday.")).isEmpty();
    assertThat(claims("Smith, 45, said he would stay.")).isEmpty();
    assertThat(claims("A 33-year-old man was arrested.")).isEmpty();
    assertThat(claims("The 93rd Mechanized Brigade held the line.")).isEmpty();
    assertThat(claims("Flight 447 left Rio in June 2009.")).isEmpty();
    assertThat(claims("Call 0800 800 812 for help.")).isEmpty();
    assertThat(claims("The war began 300 days ago.")).isEmpty();
    assertThat(claims("In the past four years the city grew.")).isEmpty();
    assertThat(claims("The two leaders met in Cairo.")).isEmpty();
    assertThat(claims("It was one of the worst storms of the decade.")).isEmpty();
    assertThat(claims("The Group of Seven met in Washington.")).isEmpty();
  }

  @Test
  void conversionsInBracketsAreOneClaim() {
    Claim c = one("The winds reached 110 mph (177 kph) at noon.");
    assertThat(c.value()).isEqualTo(110);
  }

  @Test
  void claimantsScopesAndHedges() {
    Claim a = one("Ukraine's General Staff said on Tuesday that 1,060 Russian soldiers had been "
        + "killed since February 24.");
    assertThat(a.claimant()).isEqualTo("Ukraine's General Staff");
    assertThat(a.scope()).isEqualTo("since February 24");
    assertThat(a.quantity()).isEqualTo("Russian soldiers killed");
    assertThat(a.hedged()).isFalse();
    Claim b = one("More than 5,400 people were hurt, according to Interfax.");
    assertThat(b.claimant()).isEqualTo("Interfax");
    assertThat(b.quantity()).isEqualTo("people hurt");
    Claim c = one("Another 200 people need surgery, said Charles Njonjo, the fund's chairman.");
    assertThat(c.claimant()).isEqualTo("Charles Njonjo");
    Claim h = claims("The army said 500 fighters were killed in the past week. The figures could "
        + "not be independently verified.").get(0);
    assertThat(h.hedge()).isEqualTo("could not be independently verified");
    assertThat(h.scope()).isEqualTo("in the past week");
    assertThat(one("The rebels reportedly seized 12 villages.").hedge()).isEqualTo("reportedly");
    assertThat(one("Workers built 40 houses.").claimant()).isNull();
  }

  @Test
  void pronounClaimantsTakeTheNearestEarlierPersonOrNone() {
    // a stub name finder: the test is about the resolution, not about the model
    java.util.regex.Pattern names = java.util.regex.Pattern.compile("Jane Smith|Tom Brown|Smith");
    dev.quorum.extract.NameFinder people = article -> {
      List<dev.quorum.extract.NameMention> out = new java.util.ArrayList<>();
      java.util.regex.Matcher m = names.matcher(article.text());
      while (m.find()) {
        out.add(new dev.quorum.extract.NameMention(new dev.quorum.model.Span(m.start(), m.end()),
            dev.quorum.extract.EntityType.PERSON, m.group()));
      }
      return out;
    };
    ClaimExtractor x = new ClaimExtractor(people);
    Article a = PIPELINE.process(new RawDocument("t", Source.file("t.txt"), "text", MediaType.TEXT,
        "Jane Smith runs the agency. Tom Brown met Smith on Monday. She said 300 houses were "
            + "destroyed. They said 40 roads were closed.", Metadata.EMPTY));
    List<Claim> c = x.extract(a);
    assertThat(c).hasSize(2);
    assertThat(c.get(0).claimant()).isEqualTo("Jane Smith"); // nearest: Smith, in full
    assertThat(c.get(1).claimant()).isNull(); // "they" is not resolved
    Article none = PIPELINE.process(new RawDocument("u", Source.file("u.txt"), "text",
        MediaType.TEXT, "He said 12 bridges were closed.", Metadata.EMPTY));
    assertThat(x.extract(none)).singleElement()
        .satisfies(k -> assertThat(k.claimant()).isNull());
  }

  @Test
  void quantitiesReadAsWhatIsCounted() {
    assertThat(one("It was a winter offensive involving 3,000 conscripted reservists.").quantity())
        .isEqualTo("conscripted reservists");
    assertThat(one("The rebels killed 40 soldiers.").quantity()).isEqualTo("soldiers killed");
    assertThat(one("Temperatures in the north over the weekend were as low as minus 20 degrees "
        + "Celsius.").quantity()).isEqualTo("Temperatures");
  }
}
