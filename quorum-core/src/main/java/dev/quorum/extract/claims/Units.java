package dev.quorum.extract.claims;

import java.util.Map;
import java.util.Set;

/** The unit, currency and qualifier words of the claim grammar, each with its normalized form. */
final class Units {

  private Units() {}

  static final String COUNT = "count";
  static final String SHARE = "share";
  static final String RATIO = "ratio";
  static final String POINT = "point";

  /** Measurement and time units after a number ("600-mile", "nine months", "36 centimeters"). */
  static final Map<String, String> MEASURE = Map.ofEntries(
      Map.entry("km", "km"), Map.entry("kilometer", "km"), Map.entry("kilometers", "km"),
      Map.entry("kilometre", "km"), Map.entry("kilometres", "km"), Map.entry("mile", "mile"),
      Map.entry("miles", "mile"), Map.entry("meter", "m"), Map.entry("meters", "m"),
      Map.entry("metre", "m"), Map.entry("metres", "m"), Map.entry("foot", "foot"),
      Map.entry("feet", "foot"), Map.entry("ft", "foot"), Map.entry("yard", "yard"),
      Map.entry("yards", "yard"), Map.entry("inch", "inch"), Map.entry("inches", "inch"),
      Map.entry("cm", "cm"), Map.entry("centimeter", "cm"), Map.entry("centimeters", "cm"),
      Map.entry("centimetre", "cm"), Map.entry("centimetres", "cm"), Map.entry("mm", "mm"),
      Map.entry("millimeter", "mm"), Map.entry("millimeters", "mm"),
      Map.entry("millimetre", "mm"), Map.entry("millimetres", "mm"), Map.entry("mph", "mph"),
      Map.entry("kph", "kph"), Map.entry("kg", "kg"), Map.entry("kilogram", "kg"),
      Map.entry("kilograms", "kg"), Map.entry("ton", "ton"), Map.entry("tons", "ton"),
      Map.entry("tonne", "ton"), Map.entry("tonnes", "ton"), Map.entry("hectare", "hectare"),
      Map.entry("hectares", "hectare"), Map.entry("acre", "acre"), Map.entry("acres", "acre"),
      Map.entry("liter", "liter"), Map.entry("liters", "liter"), Map.entry("litre", "liter"),
      Map.entry("litres", "liter"), Map.entry("gallon", "gallon"), Map.entry("gallons", "gallon"),
      Map.entry("barrel", "barrel"), Map.entry("barrels", "barrel"),
      Map.entry("megawatt", "MW"), Map.entry("megawatts", "MW"),
      Map.entry("second", "second"), Map.entry("seconds", "second"),
      Map.entry("minute", "minute"), Map.entry("minutes", "minute"), Map.entry("hour", "hour"),
      Map.entry("hours", "hour"), Map.entry("day", "day"), Map.entry("days", "day"),
      Map.entry("week", "week"), Map.entry("weeks", "week"), Map.entry("month", "month"),
      Map.entry("months", "month"), Map.entry("year", "year"), Map.entry("years", "year"),
      Map.entry("decade", "decade"), Map.entry("decades", "decade"),
      Map.entry("century", "century"), Map.entry("centuries", "century"),
      Map.entry("degree", "degree"), Map.entry("degrees", "degree"),
      Map.entry("celsius", "degC"), Map.entry("fahrenheit", "degF"),
      Map.entry("magnitude", "magnitude"));

  static final Set<String> TIME = Set.of("second", "minute", "hour", "day", "week", "month",
      "year", "decade");

  /** Seconds in each time unit, for compound durations ("8 minutes 50 seconds"). */
  static final Map<String, Double> SECONDS = Map.of("second", 1.0, "minute", 60.0, "hour", 3600.0,
      "day", 86400.0, "week", 604800.0);

  /** Currency symbols and abbreviations written before the number. */
  static final Map<String, String> CURRENCY_BEFORE = Map.of(
      "$", "USD", "us$", "USD", "dlrs", "USD", "usd", "USD", "€", "EUR", "eur", "EUR",
      "£", "GBP", "gbp", "GBP", "¥", "JPY");

  /** Currency names written after the number. */
  static final Map<String, String> CURRENCY_AFTER = Map.ofEntries(
      Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("dlrs", "USD"),
      Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("pounds", "GBP"),
      Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
      Map.entry("rupees", "INR"), Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"),
      Map.entry("hryvnias", "UAH"), Map.entry("shillings", "shilling"),
      Map.entry("francs", "franc"), Map.entry("marks", "DEM"), Map.entry("pesos", "peso"),
      Map.entry("won", "KRW"), Map.entry("baht", "THB"), Map.entry("rand", "ZAR"),
      Map.entry("ringgit", "MYR"), Map.entry("rupiah", "IDR"), Map.entry("lira", "lira"));

  /** A nationality before a currency name that tells which one it is. */
  static final Map<String, String> CURRENCY_NATION = Map.ofEntries(
      Map.entry("canadian dollars", "CAD"), Map.entry("australian dollars", "AUD"),
      Map.entry("hong kong dollars", "HKD"), Map.entry("new zealand dollars", "NZD"),
      Map.entry("singapore dollars", "SGD"), Map.entry("taiwan dollars", "TWD"),
      Map.entry("kenyan shillings", "KES"), Map.entry("ugandan shillings", "UGX"),
      Map.entry("tanzanian shillings", "TZS"), Map.entry("swiss francs", "CHF"),
      Map.entry("french francs", "FRF"), Map.entry("mexican pesos", "MXN"),
      Map.entry("turkish lira", "TRY"), Map.entry("u.s. dollars", "USD"),
      Map.entry("us dollars", "USD"), Map.entry("american dollars", "USD"));

  /** Qualifiers before a number, as token sequences, and their normalized form. */
  static final String[][] QUALIFIERS = {
    {"more than", "more than"}, {"over", "more than"}, {"upwards of", "more than"},
    {"in excess of", "more than"}, {"greater than", "more than"}, {"well over", "more than"},
    {"nearly", "nearly"}, {"almost", "nearly"}, {"close to", "nearly"}, {"just under", "nearly"},
    {"about", "about"}, {"around", "about"}, {"approximately", "about"}, {"roughly", "about"},
    {"some", "about"}, {"an estimated", "about"}, {"estimated", "about"}, {"circa", "about"},
    {"something like", "about"}, {"up to around", "up to"}, {"up to about", "up to"},
    {"at least", "at least"}, {"no fewer than", "at least"}, {"no less than", "at least"},
    {"up to", "up to"}, {"as many as", "up to"}, {"as much as", "up to"},
    {"no more than", "at most"}, {"at most", "at most"}, {"a maximum of", "at most"},
    {"less than", "less than"}, {"fewer than", "less than"}, {"under", "less than"},
    {"below", "less than"}, {"as low as", "as low as"}, {"as high as", "as high as"},
    {"a total of", null}, {"only", null}, {"just", null}, {"exactly", "exactly"},
  };

  /** Qualifiers after a number ("5.0 or higher", "600-plus"). */
  static final String[][] POST_QUALIFIERS = {
    {"or more", "at least"}, {"or higher", "at least"}, {"or greater", "at least"},
    {"or above", "at least"}, {"or over", "at least"}, {"and counting", "at least"},
    {"or less", "at most"}, {"or fewer", "at most"}, {"or below", "at most"},
    {"or lower", "at most"}, {"plus", "more than"}, {"- plus", "more than"}, {"+", "more than"},
    {"- odd", "about"}, {"or so", "about"},
  };

  static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "cet",
      "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "msk", "o'clock", "hrs", "jst", "ist");

  /** Words after a duration that make it a point in time rather than an amount. */
  static final Set<String> TIME_AFTER = Set.of("ago", "later", "earlier", "after", "before",
      "afterwards", "until", "into", "since", "from", "away", "beforehand", "hence");

  /** Words before a duration that make it a time span of the report ("in the past 24 hours"). */
  static final Set<String> TIME_BEFORE = Set.of("past", "last", "next", "coming", "within",
      "every", "first", "previous", "recent", "following");
}
