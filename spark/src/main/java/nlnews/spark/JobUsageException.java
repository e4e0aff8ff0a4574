package nlnews.spark;

/** A run that cannot start as asked (a missing input or column, an existing output): exit code 2. */
public final class JobUsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JobUsageException(String message) {
    super(message, null, false, false);
  }
}
