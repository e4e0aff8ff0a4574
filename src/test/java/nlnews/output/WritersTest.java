package nlnews.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.ArticleTone;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import org.junit.jupiter.api.Test;

class WritersTest {

  private static final ArticleAnalysis ANALYSIS =
      new ArticleAnalysis(
          new Article("a,\"b\".txt", "2022-03", "x", List.of()),
          List.of(
              new Entity(
                  "Jan \"Tab\"\tJansen", EntityType.PER,
                  List.of(new Mention("Jansen", 0, 1, 1), new Mention("Jan Jansen", 0, 1, 1)),
                  List.of("Jan Jansen", "Jansen\\x"), "")),
          List.of(), List.of(), ArticleTone.NEUTRAL, List.of());

  @Test
  void csvQuotesLikeRfc4180WithLfLineEnds() throws IOException {
    StringWriter out = new StringWriter();
    AnalysisWriter w = DelimitedWriter.csv(out, Tables.ENTITIES);
    w.write(ANALYSIS);
    w.finish();
    assertEquals(
        "article,date,source,entity,type,count,variants,linked_to\n"
            + "\"a,\"\"b\"\".txt\",2022-03,,\"Jan \"\"Tab\"\"\tJansen\",PER,2,Jan Jansen|Jansen\\x,\n",
        out.toString());
  }

  @Test
  void tsvEscapesTabsNewlinesAndBackslashes() throws IOException {
    StringWriter out = new StringWriter();
    AnalysisWriter w = DelimitedWriter.tsv(out, Tables.ENTITIES);
    w.write(ANALYSIS);
    w.finish();
    assertEquals(
        "article\tdate\tsource\tentity\ttype\tcount\tvariants\tlinked_to\n"
            + "a,\"b\".txt\t2022-03\t\tJan \"Tab\"\\tJansen\tPER\t2\tJan Jansen|Jansen\\\\x\t\n",
        out.toString());
  }

  @Test
  void jsonLinesKeepTypesAndEscapeText() throws IOException {
    StringWriter out = new StringWriter();
    AnalysisWriter w = new JsonLinesWriter(out, List.of(Tables.ENTITIES));
    w.write(ANALYSIS);
    w.finish();
    assertEquals(
        "{\"type\":\"entity\",\"article\":\"a,\\\"b\\\".txt\",\"date\":\"2022-03\",\"source\":\"\",\"entity\":\"Jan \\\"Tab\\\"\\tJansen\","
            + "\"entity_type\":\"PER\",\"count\":2,\"variants\":[\"Jan Jansen\",\"Jansen\\\\x\"],\"linked_to\":\"\"}\n",
        out.toString());
  }

  @Test
  void anEmptyRunStillWritesTheHeader() throws IOException {
    StringWriter out = new StringWriter();
    DelimitedWriter.csv(out, Tables.QUOTES).finish();
    assertEquals("article,date,source,paragraph,kind,speaker,speaker_mention,cue,quote,start,end\n", out.toString());
  }
}
