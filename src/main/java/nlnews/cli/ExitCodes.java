package nlnews.cli;

/** The exit codes, as documented in --help and the README. */
final class ExitCodes {

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
