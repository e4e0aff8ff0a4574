package nlnews.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * Words in capitals that open a paragraph before a quotation: the label of an interview answer
 * ("MAX COLOMBIE «Ik heb nooit …»", "TERRYN (lacht) «…»"), whose quotation is the labelled
 * person's words, and a dateline ("EINDHOVEN - ,,We zijn terug\", …"), which is no part of the
 * sentence.
 */
final class CapitalLabels {

  /** The most words of a label: a first name, particles and a surname ("JAN VAN DEN BERG"). */
  private static final int LONGEST_LABEL = 4;
  /** The most tokens of an aside in brackets between the label and the quotation: "(verbaasd)", "(lacht even)". */
  private static final int LONGEST_ASIDE = 5;

  private CapitalLabels() {}

  /**
   * The label before the quotation that opens at token {@code open}, as its tokens {@code [start,
   * end)}, or null: words in capitals from the start of the paragraph, optionally followed by an
   * aside in brackets, and nothing else before the mark.
   */
  static int[] label(TokenIndex index, int open) {
    int from = index.paragraphStart(index.paragraphOf(open));
    int k = open - 1;
    if (k > from && index.get(k).text().equals(")")) {
      int bracket = k - 1;
      while (bracket > from && !index.get(bracket).text().equals("(") && k - bracket <= LONGEST_ASIDE) {
        bracket--;
      }
      if (!index.get(bracket).text().equals("(")) {
        return null;
      }
      k = bracket - 1;
    }
    int end = k + 1;
    int words = 0;
    while (k >= from && capitals(index.get(k)) && words < LONGEST_LABEL) {
      k--;
      words++;
    }
    return k == from - 1 && words > 0 ? new int[] {from, end} : null;
  }

  /**
   * The token after a dateline that opens the sentence starting at token {@code from}: words in
   * capitals, an optional agency in brackets, and a dash ("EINDHOVEN -", "BRUSSEL (Belga) –");
   * {@code from} when there is none.
   */
  static int afterDateline(TokenIndex index, int from) {
    int k = from;
    while (k < index.size() && k - from < LONGEST_LABEL && capitals(index.get(k))) {
      k++;
    }
    if (k == from || k >= index.size()) {
      return from;
    }
    if (index.get(k).text().equals("(")) {
      int bracket = k;
      while (k < index.size() && !index.get(k).text().equals(")") && k - bracket <= LONGEST_ASIDE) {
        k++;
      }
      k++;
    }
    return k < index.size() && index.get(k).kind() == TokenKind.DASH ? k + 1 : from;
  }

  /** The words of a label, lower-cased: "max colombie". */
  static List<String> words(TokenIndex index, int[] label) {
    List<String> out = new ArrayList<>();
    for (int k = label[0]; k < label[1]; k++) {
      out.add(index.get(k).text().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** A word of two letters or more written in capitals only: "COLOMBIE", "VAN". */
  private static boolean capitals(Token t) {
    String s = t.text();
    if (t.kind() != TokenKind.WORD || s.length() < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) ? !Character.isUpperCase(c) : c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }
}
