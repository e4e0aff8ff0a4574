package nlnews.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.corpus.Identities.Key;
import nlnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which names of a corpus are one entity: the joins that must happen and those that must not. */
class IdentitiesTest {

  /**
   * Names as "article:TYPE:name" separated by ";", and the joins expected as "name>identity"
   * separated by "|" ("-" for none; anonymised names show their article as "name#article").
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      textBlock = """
          a surname joins the one full name           ~ 0:PER:Volodymyr Zelensky; 1:PER:Zelensky                        ~ Zelensky>Volodymyr Zelensky
          a surname with a particle                   ~ 0:PER:Sanne de Wit; 1:PER:De Wit                                 ~ De Wit>Sanne de Wit
          two people with the surname: no join        ~ 0:PER:Karin Jansen; 1:PER:Piet Jansen; 2:PER:Jansen              ~ -
          a surname of another type does not join     ~ 0:PER:Hugo de Jonge; 1:ORG:Jonge                                 ~ -
          places join by name only                    ~ 0:LOC:Rusland; 1:LOC:Rusland; 2:LOC:Russische Federatie           ~ -
          an anonymised name never joins              ~ 0:PER:Dennis V.; 1:PER:Dennis V.                                 ~ -
          nor does a surname join it                  ~ 0:PER:Dennis V.; 1:PER:V.                                        ~ -
          a first name alone does not join            ~ 0:PER:Mark Rutte; 1:PER:Mark                                     ~ -
          a word inside a name does not join          ~ 0:PER:Jan Peter Balkenende; 1:PER:Peter                          ~ -
          a chain ends at the fullest unique name     ~ 0:PER:Jan Peter Balkenende; 1:PER:Peter Balkenende; 2:PER:Balkenende ~ Balkenende>Jan Peter Balkenende|Peter Balkenende>Jan Peter Balkenende
          a chain stops where it is ambiguous         ~ 0:PER:Jan Peter Balkenende; 1:PER:Anna Balkenende; 2:PER:Peter Balkenende; 3:PER:Balkenende ~ Peter Balkenende>Jan Peter Balkenende
          no names, no joins                          ~ ''                                                               ~ -
          """)
  void joinsOnlyWhatIsUnambiguous(String what, String names, String expected) {
    Set<Key> keys = new LinkedHashSet<>();
    for (String n : names.split(";")) {
      if (n.isBlank()) {
        continue;
      }
      String[] parts = n.trim().split(":", 3);
      keys.add(Identities.key(EntityType.valueOf(parts[1]), parts[2], Integer.parseInt(parts[0])));
    }
    Map<Key, Key> identity = Identities.resolve(keys);
    List<String> joins = new ArrayList<>();
    identity.forEach((k, to) -> {
      if (!k.equals(to)) {
        joins.add(k.name() + ">" + to.name());
      }
    });
    assertEquals(expected, joins.isEmpty() ? "-" : String.join("|", joins), what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      textBlock = """
          Dennis V.       ~ true
          Mohamed B       ~ true
          V.              ~ true
          J. Hoekstra     ~ false
          Dennis Vos      ~ false
          N-VA            ~ false
          """)
  void anonymisedNamesEndInAnInitial(String name, boolean anonymised) {
    assertEquals(anonymised, Identities.anonymised(EntityType.PER, name));
  }
}
