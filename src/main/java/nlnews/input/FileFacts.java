package nlnews.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * What one stat of a path tells the walk: the kind of file and its identity (device and inode),
 * which says whether two paths are the same file, whatever links lead to it.
 */
record FileFacts(Kind kind, long device, long inode) {

  /** The kinds of file the walk tells apart. */
  enum Kind {
    DIRECTORY, REGULAR, LINK, FIFO, SOCKET, DEVICE, OTHER;

    /** How a message names a file of this kind. */
    String described() {
      return switch (this) {
        case DIRECTORY -> "a directory";
        case REGULAR -> "a file";
        case LINK -> "a symbolic link";
        case FIFO -> "a named pipe (FIFO)";
        case SOCKET -> "a socket";
        case DEVICE -> "a device";
        case OTHER -> "not a regular file";
      };
    }
  }

  // The file-type bits of st_mode.
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO_BITS = 0010000;
  private static final int CHAR_DEVICE_BITS = 0020000;
  private static final int DIRECTORY_BITS = 0040000;
  private static final int BLOCK_DEVICE_BITS = 0060000;
  private static final int REGULAR_BITS = 0100000;
  private static final int LINK_BITS = 0120000;
  private static final int SOCKET_BITS = 0140000;

  /** The facts of {@code path}, of the link itself when {@code follow} is false. */
  static FileFacts of(Path path, boolean follow) throws IOException {
    LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    try {
      Map<String, Object> unix = Files.readAttributes(path, "unix:mode,dev,ino", options);
      return new FileFacts(kind((Integer) unix.get("mode")), (Long) unix.get("dev"), (Long) unix.get("ino"));
    } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
      // Not a Unix file system: the kinds it tells, and its file key's hash as the identity.
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, options);
      Kind kind = a.isDirectory() ? Kind.DIRECTORY : a.isRegularFile() ? Kind.REGULAR : a.isSymbolicLink() ? Kind.LINK : Kind.OTHER;
      Object key = a.fileKey();
      return new FileFacts(kind, 0, key == null ? path.toAbsolutePath().normalize().hashCode() : key.hashCode());
    }
  }

  private static Kind kind(int mode) {
    return switch (mode & TYPE_MASK) {
      case DIRECTORY_BITS -> Kind.DIRECTORY;
      case REGULAR_BITS -> Kind.REGULAR;
      case LINK_BITS -> Kind.LINK;
      case FIFO_BITS -> Kind.FIFO;
      case SOCKET_BITS -> Kind.SOCKET;
      case CHAR_DEVICE_BITS, BLOCK_DEVICE_BITS -> Kind.DEVICE;
      default -> Kind.OTHER;
    };
  }
}
