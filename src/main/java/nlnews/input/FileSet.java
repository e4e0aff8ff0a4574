package nlnews.input;

/**
 * The files and directories a walk has taken, by device and inode, in open addressing: about
 * forty bytes a file, so that a walk of a million files remembers them in some forty megabytes,
 * less than half of what a set of file-key objects would take.
 */
final class FileSet {

  private static final int INITIAL = 1024;

  private long[] slots = new long[2 * INITIAL];
  private boolean[] used = new boolean[INITIAL];
  private int size;

  /** Adds the file; false when it was there already. */
  boolean add(FileFacts f) {
    if (2 * (size + 1) > used.length) {
      grow();
    }
    if (!insert(slots, used, f.device(), f.inode())) {
      return false;
    }
    size++;
    return true;
  }

  private static boolean insert(long[] slots, boolean[] used, long device, long inode) {
    int mask = used.length - 1;
    int i = hash(device, inode) & mask;
    while (used[i]) {
      if (slots[2 * i] == device && slots[2 * i + 1] == inode) {
        return false;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    slots[2 * i] = device;
    slots[2 * i + 1] = inode;
    return true;
  }

  private void grow() {
    long[] oldSlots = slots;
    boolean[] oldUsed = used;
    slots = new long[oldSlots.length * 2];
    used = new boolean[oldUsed.length * 2];
    for (int i = 0; i < oldUsed.length; i++) {
      if (oldUsed[i]) {
        insert(slots, used, oldSlots[2 * i], oldSlots[2 * i + 1]);
      }
    }
  }

  private static int hash(long device, long inode) {
    long h = inode * 0x9E3779B97F4A7C15L + device;
    return (int) (h ^ (h >>> 32));
  }
}
