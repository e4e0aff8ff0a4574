package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BestReadingPerNameTest {

  /**
   * Candidates written "text/TYPE/confidence/evidence" separated by ";", in article order; each
   * gets its own offsets.
   */
  private static List<RuleCandidate> candidates(String spec) {
    List<RuleCandidate> out = new ArrayList<>();
    int offset = 0;
    for (String c : spec.split(";")) {
      String[] p = c.split("/");
      RuleEvidence evidence = RuleEvidence.valueOf(p[3].toUpperCase().replace('-', '_'));
      RuleCandidate.Reading reading = new RuleCandidate.Reading(EntityType.valueOf(p[1]), Integer.parseInt(p[2]), evidence);
      out.add(new RuleCandidate(offset, offset + p[0].length(), 1, p[0], p[0].split(" ").length, reading));
      offset += p[0].length() + 1;
    }
    return out;
  }

  private static String show(List<RuleCandidate> candidates) {
    List<String> shown = new ArrayList<>();
    for (RuleCandidate c : candidates) {
      shown.add(c.text() + "/" + c.reading().type() + "/" + c.reading().confidence() + "/" + c.reading().label());
    }
    return String.join(";", shown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Tsjaka/MISC/1/default;Tsjaka/PER/4/title                | Tsjaka/PER/4/title-elsewhere;Tsjaka/PER/4/title
          Tsjaka/PER/4/title;Tsjaka/LOC/2/place-context           | Tsjaka/PER/4/title;Tsjaka/PER/4/title-elsewhere
          Tsjaka/PER/4/title;Tsjaka/ORG/4/initials                | Tsjaka/PER/4/title;Tsjaka/ORG/4/initials
          Anna Tsjaka/PER/4/first-name;Tsjaka/MISC/1/default      | Anna Tsjaka/PER/4/first-name;Tsjaka/PER/4/surname
          Anna Tsjaka/PER/3/particle;Tsjaka/LOC/2/place-context   | Anna Tsjaka/PER/3/particle;Tsjaka/PER/4/surname
          Anna Tsjaka/PER/1/capitalised;Tsjaka/MISC/1/default     | Anna Tsjaka/PER/1/capitalised;Tsjaka/MISC/1/default
          Anna Tsjaka/PER/4/first-name;Tsjaka/ORG/5/gazetteer     | Anna Tsjaka/PER/4/first-name;Tsjaka/ORG/5/gazetteer
          Tsjaka/MISC/1/default;Anna Tsjaka/PER/4/first-name      | Tsjaka/PER/4/surname;Anna Tsjaka/PER/4/first-name
          Tsjaka/LOC/2/place-context;Tsjaka/MISC/1/default;Anna Tsjaka/PER/4/first-name | Tsjaka/PER/4/surname;Tsjaka/PER/4/surname-elsewhere;Anna Tsjaka/PER/4/first-name
          Gent/LOC/5/gazetteer;Brugge/LOC/5/gazetteer             | Gent/LOC/5/gazetteer;Brugge/LOC/5/gazetteer
          """)
  void everyMentionTakesTheBestReadingAndSurnamesFollowTheirPerson(String spec, String expected) {
    assertEquals(expected, show(BestReadingPerName.agree(candidates(spec))));
  }
}
