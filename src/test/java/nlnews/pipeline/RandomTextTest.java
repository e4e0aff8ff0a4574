package nlnews.pipeline;

import java.util.Random;
import nlnews.input.MetadataHeader;
import org.junit.jupiter.api.Test;

/**
 * Feeds seeded random articles through the whole pipeline: random Unicode, every quotation
 * mark, apostrophes, unpaired quotes, NUL and control characters, CRLF, very long paragraphs.
 * Nothing may throw and the invariants must hold.
 */
class RandomTextTest {

  private static final String[] PIECES = {
    "De ", "het ", "Rusland ", "Oekraïne ", "zei ", "aldus ", "volgens ", "hij ", "Mark Rutte ", "niet ",
    "geen ", "maar ", "optimisme ", "werkloosheid ", "daalt ", "nam ", "af ", "o.a. ", "J.P. ", "3.5 ",
    "1.000 ", ". ", ", ", ": ", "! ", "? ", "… ", "\"", "'", "„", "”", "“", "‘", "’", "«", "»", ",,", "''",
    "zo'n ", "'s ", "auto's ", "- ", "– ", "\n", "\n\n", "\r\n\r\n", "\r", "\t", "\u00A0", "\u200B", "\u0000",
    "\u0007", "date 2022-03 ", "Kremlin-woordvoerder ", "N-VA-banken ", "'80 ", "🙂 ", "e\u0301 ", "\uD800",
    "Zelensky ", "de president ", "Moskou ", "om de tafel ", "weliswaar ", "(", ")", "Dinsdag ", "Maar "
  };

  @Test
  void randomArticlesNeverBreakThePipeline() {
    Random random = new Random(20221130);
    AnalysisPipeline.Worker worker = Pipelines.all().newWorker();
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(n % 100 == 0 ? 5000 : 120);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(10) == 0) {
          b.appendCodePoint(random.nextInt(0x3000));
        } else {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      String text = b.toString();
      Invariants.check("random #" + n, worker.analyze(MetadataHeader.read("random", text)));
    }
  }

  @Test
  void manyUnpairedQuoteMarks() {
    String text = "\"".repeat(1001) + " tekst " + "„".repeat(999) + "\n\n" + "'".repeat(2000);
    Invariants.check("unpaired", Pipelines.all().newWorker().analyze(MetadataHeader.read("q", text)));
  }
}
