package nlnews.cli;

/**
 * A usage error found once the command line is parsed, in what an option names (a --ner-model
 * file that is missing or no model): reported as {@code nlnews: message} on one line and exit 2,
 * without the pointer to --help that a malformed command line gets.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
