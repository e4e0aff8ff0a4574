package nlnews.output;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.Entity;
import nlnews.model.EntityMention;
import nlnews.model.Note;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.TextLanguage;
import nlnews.model.Quote;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.ToneCue;
import nlnews.model.ToneLabel;

/**
 * The report for people: per article a header line, then the sections asked for: entities with
 * counts and variants, quotes with speaker and evidence, one line per paragraph with a tone bar
 * and its cue words, or the tokens with their stems. Colour only when {@code colour} is set (the
 * caller decides: a terminal, and never with NO_COLOR). Everything taken from the input (the
 * article id, names, quotations, cue words, tokens, notes) goes through {@link Terminal#safe}:
 * this report is read on terminals, where a control character in an article would act.
 */
public final class TextWriter implements AnalysisWriter {

  /** The parts of the report. */
  public enum Section {
    ENTITIES, QUOTES, TONE, STEMS, MENTIONS
  }

  private static final int BAR_HALF = 10;

  private final Writer out;
  private final Set<Section> sections;
  private final Style style;
  private boolean first = true;

  public TextWriter(Writer out, Set<Section> sections, boolean colour) {
    this.out = out;
    this.sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    this.style = new Style(colour);
  }

  @Override
  public void write(ArticleAnalysis a) throws IOException {
    StringBuilder b = new StringBuilder(4096);
    if (!first) {
      b.append('\n');
    }
    first = false;
    header(a, b);
    boolean titled = sections.size() > 1;
    if (sections.contains(Section.ENTITIES)) {
      entities(a, b, titled);
    }
    if (sections.contains(Section.QUOTES)) {
      quotes(a, b, titled);
    }
    if (sections.contains(Section.TONE)) {
      tone(a, b, titled);
    }
    if (sections.contains(Section.STEMS)) {
      stems(a, b);
    }
    if (sections.contains(Section.MENTIONS)) {
      mentions(a, b, titled);
    }
    for (Note note : a.notes()) {
      b.append(style.dim("  note: " + Terminal.safe(note.message()) + " (offset " + note.offset() + ")")).append('\n');
    }
    out.write(b.toString());
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private void header(ArticleAnalysis a, StringBuilder b) {
    Article article = a.article();
    StringBuilder h = new StringBuilder();
    h.append("== ").append(Terminal.safe(article.id()));
    if (!article.date().isEmpty()) {
      h.append("  ").append(article.date());
    }
    if (!article.source().isEmpty()) {
      h.append("  ").append(Terminal.safe(article.source()));
    }
    h.append("  ").append(article.paragraphs().size()).append(article.paragraphs().size() == 1 ? " paragraph" : " paragraphs");
    if (sections.contains(Section.TONE) && !a.tones().isEmpty()) {
      h.append(String.format(Locale.ROOT, "  tone %+.2f %s", a.articleTone().score(), a.articleTone().label().label()));
    }
    b.append(style.bold(h.toString())).append('\n');
  }

  /** One line per mention: paragraph, how, the words as written, and the entity when the words are not its name. */
  private void mentions(ArticleAnalysis a, StringBuilder b, boolean titled) {
    if (titled) {
      b.append(style.bold("Mentions")).append('\n');
    }
    if (a.mentions().isEmpty()) {
      b.append(style.dim("  (none)")).append('\n');
      return;
    }
    for (EntityMention m : a.mentions()) {
      b.append(String.format(Locale.ROOT, "  ¶%-3d %-9s %-4s  ", m.paragraph(), m.form().label(), m.type().name()));
      b.append(Terminal.safe(m.text()));
      if (!m.text().equals(m.entity())) {
        b.append("  -> ").append(Terminal.safe(m.entity()));
      }
      b.append('\n');
    }
  }

  private void entities(ArticleAnalysis a, StringBuilder b, boolean titled) {
    if (titled) {
      b.append(style.bold("Entities")).append('\n');
    }
    if (a.entities().isEmpty()) {
      b.append(style.dim("  (none)")).append('\n');
      return;
    }
    int nameWidth = 0;
    for (Entity e : a.entities()) {
      nameWidth = Math.max(nameWidth, Terminal.safe(e.name()).length());
    }
    nameWidth = Math.min(nameWidth, 40);
    for (Entity e : a.entities()) {
      b.append(String.format(Locale.ROOT, "  %3d  %-4s  ", e.count(), e.type().name()));
      b.append(pad(Terminal.safe(e.name()), nameWidth));
      List<String> others = e.variants().stream().filter(v -> !v.equals(e.name())).map(Terminal::safe).toList();
      if (!others.isEmpty()) {
        b.append(style.dim("  (" + String.join(", ", others) + ")"));
      }
      if (!e.linkedTo().isEmpty()) {
        b.append("  -> ").append(Terminal.safe(e.linkedTo()));
      }
      b.append('\n');
    }
  }

  private void quotes(ArticleAnalysis a, StringBuilder b, boolean titled) {
    if (titled) {
      b.append(style.bold("Quotes")).append('\n');
    }
    if (a.quotes().isEmpty()) {
      b.append(style.dim("  (none)")).append('\n');
      return;
    }
    for (Quote q : a.quotes()) {
      b.append(String.format(Locale.ROOT, "  ¶%-3d %-8s ", q.paragraph(), q.kind().label()));
      b.append(q.speaker().isEmpty() ? style.dim("(no speaker)") : style.bold(Terminal.safe(q.speaker())));
      if (!q.cue().isEmpty() || !q.speakerMention().isEmpty()) {
        StringBuilder evidence = new StringBuilder("  [");
        evidence.append(q.cue().isEmpty() ? "-" : Terminal.safe(q.cue()));
        if (!q.speakerMention().isEmpty()) {
          evidence.append(": ").append(Terminal.safe(q.speakerMention()));
        }
        evidence.append(']');
        b.append(style.dim(evidence.toString()));
      }
      b.append('\n');
      b.append("       \u201C").append(Terminal.safe(oneLine(q.text()))).append("\u201D\n");
    }
  }

  private void tone(ArticleAnalysis a, StringBuilder b, boolean titled) {
    if (titled) {
      b.append(style.bold("Tone")).append('\n');
    }
    for (ParagraphTone t : a.tones()) {
      b.append(String.format(Locale.ROOT, "  %3d%s ", t.paragraph(), t.heading() ? "h" : " "));
      b.append(bar(t.score(), t.label()));
      b.append(String.format(Locale.ROOT, " %+.2f %-8s", t.score(), t.label().label()));
      TextLanguage language = a.paragraphLanguage(t.paragraph());
      if (!language.code().isEmpty()) {
        b.append(" [").append(Terminal.safe(language.name())).append(']');
      }
      List<ToneCue> positive = t.positiveCues();
      List<ToneCue> negative = t.negativeCues();
      if (!positive.isEmpty()) {
        b.append(' ').append(style.green("+ " + Terminal.safe(join(positive))));
      }
      if (!negative.isEmpty()) {
        b.append(' ').append(style.red("- " + Terminal.safe(join(negative))));
      }
      b.append('\n');
    }
  }

  private void stems(ArticleAnalysis a, StringBuilder b) {
    for (Paragraph p : a.article().paragraphs()) {
      for (Sentence s : p.sentences()) {
        for (Token t : s.tokens()) {
          b.append(String.format(Locale.ROOT, "  %3d  %-20s %-18s %d-%d%n", p.number(), Terminal.safe(t.text()), Terminal.safe(t.stem()), t.start(), t.end()));
        }
      }
    }
  }

  private String bar(double score, ToneLabel label) {
    int cells = (int) Math.round(Math.abs(score) * BAR_HALF);
    StringBuilder left = new StringBuilder();
    StringBuilder right = new StringBuilder();
    for (int i = BAR_HALF; i > 0; i--) {
      left.append(score < 0 && i <= cells ? '\u2588' : '\u00B7');
    }
    for (int i = 1; i <= BAR_HALF; i++) {
      right.append(score > 0 && i <= cells ? '\u2588' : '\u00B7');
    }
    String l = label == ToneLabel.NEGATIVE ? style.red(left.toString()) : left.toString();
    String r = label == ToneLabel.POSITIVE ? style.green(right.toString()) : right.toString();
    return l + "|" + r;
  }

  private static String join(List<ToneCue> cues) {
    StringBuilder b = new StringBuilder();
    for (ToneCue c : cues) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(c.describe());
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " / ");
  }

  private static String pad(String s, int width) {
    if (s.length() >= width) {
      return s;
    }
    return s + " ".repeat(width - s.length());
  }

  /** ANSI styling that is a no-op without colour. */
  private record Style(boolean on) {
    String bold(String s) {
      return on ? "\u001B[1m" + s + "\u001B[0m" : s;
    }

    String dim(String s) {
      return on ? "\u001B[2m" + s + "\u001B[0m" : s;
    }

    String green(String s) {
      return on ? "\u001B[32m" + s + "\u001B[0m" : s;
    }

    String red(String s) {
      return on ? "\u001B[31m" + s + "\u001B[0m" : s;
    }
  }
}
