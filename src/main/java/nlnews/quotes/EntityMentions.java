package nlnews.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.model.Article;
import nlnews.model.Entity;
import nlnews.model.EntityMention;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.MentionForm;
import nlnews.quotes.Referents.Ref;
import nlnews.quotes.Referents.RefType;
import nlnews.text.TokenIndex;

/**
 * Every place an article refers to one of its entities: the name mentions the entity stage found
 * (a name, the name part of a compound, a place's adjective) and the pronouns and role nouns that
 * {@link Referents} resolved to one of those entities, in text order. A phrase resolved to someone
 * the entity stage did not find (an unnamed "buurtbewoner", a person only the speaker rules saw)
 * is no entity's mention and is left out: the table joins with the entities table.
 */
final class EntityMentions {

  /** Characters a name mention can span at most, for the backwards scan: far more than any real name. */
  private static final int LONGEST_NAME = 200;

  private EntityMentions() {}

  /**
   * The mentions of {@code entities} in {@code index}'s article, with {@code refs} resolved by the
   * speaker stage. A role or institution noun counts only when definite ({@code definite}: "de
   * minister", "het bedrijf"): the speaker rules may take "een fonds" for the organisation last
   * named, which is as good as nothing for a speaker but wrong as a mention. For the same reason a
   * noun that stands for an organisation counts only as a word the list holds ("de groep"), not
   * as a compound ending in one ("de controlegroep", a group of patients in a trial).
   */
  static List<EntityMention> of(TokenIndex index, List<Entity> entities, List<Ref> refs, QuoteNouns nouns) {
    Set<String> definite = nouns.words().definite();
    Article article = index.article();
    List<EntityMention> out = new ArrayList<>();
    Map<String, Entity> byName = new HashMap<>();
    Map<String, Entity> byVariant = new HashMap<>();
    for (Entity e : entities) {
      byName.putIfAbsent(e.type() + ":" + e.name(), e);
      for (String v : e.variants()) {
        byVariant.putIfAbsent(e.type() + ":" + v, e);
      }
      for (Mention m : e.mentions()) {
        out.add(nameMention(article, e, m));
      }
    }
    // Name mentions, sorted, to leave out a role phrase that holds a name ("Kremlin-woordvoerder Peskov").
    List<EntityMention> names = new ArrayList<>(out);
    names.sort(Comparator.comparingInt(EntityMention::start));
    for (Ref r : refs) {
      MentionForm form = switch (r.phrase()) {
        case PRONOUN -> MentionForm.PRONOUN;
        case ROLE, INSTITUTION -> MentionForm.ROLE;
        default -> null; // a name is the entity stage's mention; a description is nobody's
      };
      if (form == null || form == MentionForm.ROLE && !definite.contains(index.get(r.start()).lower())) {
        continue;
      }
      if (form == MentionForm.ROLE && r.referent().type() != RefType.PERSON && !listedWord(nouns, index.get(r.end() - 1).lower())) {
        continue;
      }
      Entity e = entity(r.referent().name(), r.referent().type(), byName, byVariant);
      if (e == null) {
        continue;
      }
      int start = index.get(r.start()).start();
      int end = index.get(r.end() - 1).end();
      if (overlapsName(names, start, end)) {
        continue;
      }
      out.add(new EntityMention(e.name(), e.type(), index.paragraphNumberOf(r.start()), form,
          article.slice(start, end), start, end));
    }
    out.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end)
        .thenComparing(EntityMention::entity));
    return out;
  }

  private static boolean listedWord(QuoteNouns nouns, String lower) {
    QuoteNouns.Noun noun = nouns.noun(lower);
    return noun != null && noun.word().equals(lower);
  }

  private static EntityMention nameMention(Article article, Entity e, Mention m) {
    if (!e.linkedTo().isEmpty()) {
      // "Oekraïense" speaks of Oekraïne: the mention is the place's, whatever the article calls it elsewhere.
      return new EntityMention(e.linkedTo(), EntityType.LOC, m.paragraph(), MentionForm.ADJECTIVE, m.text(), m.start(), m.end());
    }
    MentionForm form = compound(article.text(), m.start(), m.end()) ? MentionForm.COMPOUND : MentionForm.NAME;
    return new EntityMention(e.name(), e.type(), m.paragraph(), form, m.text(), m.start(), m.end());
  }

  /** True when {@code [start, end)} is joined by a hyphen to a word before or after it: "Kremlin-woordvoerder". */
  static boolean compound(String text, int start, int end) {
    boolean after = end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
    boolean before = start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2));
    return after || before;
  }

  /** The entity a referent names: by its fullest name, else by a variant, of a type the referent can be. */
  private static Entity entity(String name, RefType type, Map<String, Entity> byName, Map<String, Entity> byVariant) {
    List<EntityType> types = switch (type) {
      case PERSON -> List.of(EntityType.PER);
      case ORGANISATION -> List.of(EntityType.ORG, EntityType.LOC, EntityType.MISC);
      case PLACE -> List.of(EntityType.LOC);
      case DESCRIPTION -> List.of();
    };
    for (EntityType t : types) {
      Entity e = byName.get(t + ":" + name);
      if (e != null) {
        return e;
      }
    }
    for (EntityType t : types) {
      Entity e = byVariant.get(t + ":" + name);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private static boolean overlapsName(List<EntityMention> names, int start, int end) {
    int lo = 0;
    int hi = names.size();
    while (lo < hi) { // the first name starting at or after end
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).start() < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // Names are short and do not nest, so looking back a few is enough; scan back while they could reach start.
    for (int i = lo - 1; i >= 0; i--) {
      EntityMention n = names.get(i);
      if (n.end() > start) {
        return true;
      }
      if (n.end() <= start && n.start() < start - LONGEST_NAME) {
        return false;
      }
    }
    return false;
  }
}
