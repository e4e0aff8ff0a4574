package nlnews.quotes;

/**
 * What a speaker rule tells about one quotation: it found who says it, it found that nobody
 * does, or it does not apply (and the next rule is asked).
 */
sealed interface Attribution permits Attribution.Found, Attribution.Nobody, Attribution.NotApplicable {

  /** Nobody says it: a scare quote, a title, or a quotation no rule attributes. */
  Nobody NOBODY = new Nobody();
  /** The rule does not apply. */
  NotApplicable NOT_APPLICABLE = new NotApplicable();

  /**
   * The rule found the words that name the speaker ({@code mention}, "de premier", "hij") and the
   * cue ("zei", "colon"); {@code speaker} is whom they refer to, empty when that cannot be told
   * ("zei hij" with nobody before it).
   */
  record Found(String speaker, String mention, String cue) implements Attribution {}

  /** Nobody says the quotation. */
  record Nobody() implements Attribution {}

  /** The rule does not apply to the quotation. */
  record NotApplicable() implements Attribution {}

  /** True when a rule gave an answer, a speaker or nobody. */
  default boolean applies() {
    return !(this instanceof NotApplicable);
  }
}
