package nlnews.corpus;

import java.util.Arrays;
import java.util.List;

/** Ascending article numbers without repeats, in a growing int array: four bytes an article an entity. */
final class IntList {

  private int[] values = new int[2];
  private int size;

  /** Adds {@code v}, which is at least the last one added; a repeat of the last is ignored. */
  void add(int v) {
    if (size > 0 && values[size - 1] == v) {
      return;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  int size() {
    return size;
  }

  int get(int i) {
    return values[i];
  }

  /** The numbers in any of {@code lists}, ascending, without repeats. */
  static int[] union(List<IntList> lists) {
    if (lists.size() == 1) {
      return Arrays.copyOf(lists.get(0).values, lists.get(0).size);
    }
    int total = 0;
    for (IntList l : lists) {
      total += l.size;
    }
    int[] all = new int[total];
    int at = 0;
    for (IntList l : lists) {
      System.arraycopy(l.values, 0, all, at, l.size);
      at += l.size;
    }
    Arrays.sort(all);
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (n == 0 || all[n - 1] != all[i]) {
        all[n++] = all[i];
      }
    }
    return Arrays.copyOf(all, n);
  }
}
