package io.pairwise.matching.domain.assignment;

import java.util.Arrays;

/** A binary min-heap of node ids keyed by long distances, with decrease-key: the Dijkstra queue of the solver. */
final class IndexedHeap {

    private final int[] nodes;
    private final int[] position;
    private final long[] keys;
    private int size;

    IndexedHeap(int capacity) {
        nodes = new int[capacity];
        position = new int[capacity];
        keys = new long[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts the node, or lowers its key when it is queued with a larger one. */
    void offer(int node, long key) {
        int at = position[node];
        if (at < 0) {
            at = size++;
            nodes[at] = node;
            position[node] = at;
        } else if (keys[node] <= key) {
            return;
        }
        keys[node] = key;
        siftUp(at);
    }

    int poll() {
        int top = nodes[0];
        position[top] = -1;
        int last = nodes[--size];
        if (size > 0) {
            nodes[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            position[nodes[k]] = -1;
        }
        size = 0;
    }

    private void siftUp(int at) {
        int node = nodes[at];
        long key = keys[node];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int above = nodes[parent];
            if (keys[above] <= key) {
                break;
            }
            nodes[at] = above;
            position[above] = at;
            at = parent;
        }
        nodes[at] = node;
        position[node] = at;
    }

    private void siftDown(int at) {
        int node = nodes[at];
        long key = keys[node];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[nodes[child + 1]] < keys[nodes[child]]) {
                child++;
            }
            if (keys[nodes[child]] >= key) {
                break;
            }
            nodes[at] = nodes[child];
            position[nodes[at]] = at;
            at = child;
        }
        nodes[at] = node;
        position[node] = at;
    }
}
