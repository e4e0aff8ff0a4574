package nlnews.model;

/** The four CoNLL name types. */
public enum EntityType {
  PER, LOC, ORG, MISC
}
