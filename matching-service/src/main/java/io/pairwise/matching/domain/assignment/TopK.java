package io.pairwise.matching.domain.assignment;

/**
 * Packed keys (score, -index): a larger key is a better pair, ties go to the lower index, and no two pairs of a
 * participant share a key, so the kept sets never depend on the order pairs arrive in. Plus selection of the
 * largest keys of an array segment, and bounded min-heaps of the largest keys seen.
 */
final class TopK {

    /** Below every key of an allowed pair (score >= 0), above every key of an excluded one (score < 0). */
    static final long OPEN = -1;

    private TopK() {
    }

    static long key(int score, int index) {
        return (long) score << 32 | (Integer.MAX_VALUE - index);
    }

    static int score(long key) {
        return (int) (key >> 32);
    }

    static int index(long key) {
        return Integer.MAX_VALUE - (int) key;
    }

    /** The score a threshold key stands for; -1 for OPEN, where nothing was left out. */
    static int thresholdScore(long threshold) {
        return threshold == OPEN ? -1 : score(threshold);
    }

    /**
     * Reorders {@code a[from, to)} so that its {@code k} largest keys come first, and returns the largest of the
     * others (a threshold every left-out key is at most), or OPEN when {@code to - from <= k}.
     */
    static long keepLargest(long[] a, int from, int to, int k) {
        if (to - from <= k) {
            return OPEN;
        }
        int nth = from + k;
        int left = from;
        int right = to - 1;
        // Quickselect in descending order: afterwards a[nth] is the (k+1)-th largest, larger keys before it.
        while (right > left) {
            long pivot = median(a[left], a[(left + right) >>> 1], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] > pivot) {
                    i++;
                }
                while (a[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = a[i];
                    a[i++] = a[j];
                    a[j--] = swap;
                }
            }
            if (nth <= j) {
                right = j;
            } else if (nth >= i) {
                left = i;
            } else {
                break;
            }
        }
        return a[nth];
    }

    /** Adds a key to a min-heap of {@code size} keys at {@code offset} that is not full yet. */
    static void push(long[] heap, int offset, int size, long key) {
        int child = size;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (heap[offset + parent] <= key) {
                break;
            }
            heap[offset + child] = heap[offset + parent];
            child = parent;
        }
        heap[offset + child] = key;
    }

    /** Replaces the root (the smallest key) of a full min-heap of {@code size} keys by a larger key. */
    static void replaceRoot(long[] heap, int offset, int size, long key) {
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[offset + child + 1] < heap[offset + child]) {
                child++;
            }
            if (heap[offset + child] >= key) {
                break;
            }
            heap[offset + parent] = heap[offset + child];
            parent = child;
        }
        heap[offset + parent] = key;
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
