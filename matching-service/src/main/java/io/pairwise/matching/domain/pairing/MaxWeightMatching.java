package io.pairwise.matching.domain.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Maximum-weight matching in a general graph (Edmonds' blossom algorithm with dual variables, O(n³)),
 * after Van Rantwijk's well-known implementation of Galil's presentation. Weights are integers and every
 * dual is kept doubled, so the arithmetic is exact. Returns the mate of every vertex, -1 when unmatched.
 * Not maximum cardinality: an edge is taken only if it adds weight.
 */
final class MaxWeightMatching {

    private final int[][] edges; // {i, j}
    private final long[] weight;
    private final int nvertex;
    private final int nedge;
    private final int[] endpoint;
    private final int[][] neighbend;
    private final int[] mate;
    private final int[] label;
    private final int[] labelend;
    private final int[] inblossom;
    private final int[] blossomparent;
    private final int[][] blossomchilds;
    private final int[] blossombase;
    private final int[][] blossomendps;
    private final int[] bestedge;
    private final int[][] blossombestedges;
    private final List<Integer> unusedblossoms = new ArrayList<>();
    private final long[] dualvar;
    private final boolean[] allowedge;
    private final List<Integer> queue = new ArrayList<>();

    private MaxWeightMatching(int vertices, int[][] edges, long[] weight) {
        this.edges = edges;
        this.weight = weight;
        nvertex = vertices;
        nedge = edges.length;
        long maxweight = 0;
        for (long w : weight) {
            maxweight = Math.max(maxweight, w);
        }
        endpoint = new int[2 * nedge];
        int[] degree = new int[nvertex];
        for (int k = 0; k < nedge; k++) {
            endpoint[2 * k] = edges[k][0];
            endpoint[2 * k + 1] = edges[k][1];
            degree[edges[k][0]]++;
            degree[edges[k][1]]++;
        }
        neighbend = new int[nvertex][];
        for (int v = 0; v < nvertex; v++) {
            neighbend[v] = new int[degree[v]];
        }
        int[] fill = new int[nvertex];
        for (int k = 0; k < nedge; k++) {
            int i = edges[k][0];
            int j = edges[k][1];
            neighbend[i][fill[i]++] = 2 * k + 1;
            neighbend[j][fill[j]++] = 2 * k;
        }
        mate = new int[nvertex];
        Arrays.fill(mate, -1);
        label = new int[2 * nvertex];
        labelend = new int[2 * nvertex];
        Arrays.fill(labelend, -1);
        inblossom = new int[nvertex];
        for (int v = 0; v < nvertex; v++) {
            inblossom[v] = v;
        }
        blossomparent = new int[2 * nvertex];
        Arrays.fill(blossomparent, -1);
        blossomchilds = new int[2 * nvertex][];
        blossombase = new int[2 * nvertex];
        Arrays.fill(blossombase, -1);
        for (int v = 0; v < nvertex; v++) {
            blossombase[v] = v;
        }
        blossomendps = new int[2 * nvertex][];
        bestedge = new int[2 * nvertex];
        Arrays.fill(bestedge, -1);
        blossombestedges = new int[2 * nvertex][];
        for (int b = nvertex; b < 2 * nvertex; b++) {
            unusedblossoms.add(b);
        }
        dualvar = new long[2 * nvertex];
        for (int v = 0; v < nvertex; v++) {
            dualvar[v] = maxweight;
        }
        allowedge = new boolean[nedge];
    }

    /** @param edges {i, j} pairs of vertices in [0, vertices); weights as integers */
    static int[] solve(int vertices, int[][] edges, long[] weight) {
        if (edges.length == 0) {
            int[] none = new int[vertices];
            Arrays.fill(none, -1);
            return none;
        }
        return new MaxWeightMatching(vertices, edges, weight).run();
    }

    private long slack(int k) {
        return dualvar[edges[k][0]] + dualvar[edges[k][1]] - 2 * weight[k];
    }

    private void leaves(int b, List<Integer> out) {
        if (b < nvertex) {
            out.add(b);
        } else {
            for (int t : blossomchilds[b]) {
                leaves(t, out);
            }
        }
    }

    private List<Integer> leaves(int b) {
        List<Integer> out = new ArrayList<>();
        leaves(b, out);
        return out;
    }

    private static int at(int[] list, int index) {
        return list[Math.floorMod(index, list.length)];
    }

    private void assignLabel(int w, int t, int p) {
        int b = inblossom[w];
        label[w] = label[b] = t;
        labelend[w] = labelend[b] = p;
        bestedge[w] = bestedge[b] = -1;
        if (t == 1) {
            queue.addAll(leaves(b));
        } else if (t == 2) {
            int base = blossombase[b];
            assignLabel(endpoint[mate[base]], 1, mate[base] ^ 1);
        }
    }

    private int scanBlossom(int v, int w) {
        List<Integer> path = new ArrayList<>();
        int base = -1;
        while (v != -1 || w != -1) {
            int b = inblossom[v];
            if ((label[b] & 4) != 0) {
                base = blossombase[b];
                break;
            }
            path.add(b);
            label[b] = 5;
            if (labelend[b] == -1) {
                v = -1;
            } else {
                v = endpoint[labelend[b]];
                b = inblossom[v];
                v = endpoint[labelend[b]];
            }
            if (w != -1) {
                int swap = v;
                v = w;
                w = swap;
            }
        }
        for (int b : path) {
            label[b] = 1;
        }
        return base;
    }

    private void addBlossom(int base, int k) {
        int v = edges[k][0];
        int w = edges[k][1];
        int bb = inblossom[base];
        int bv = inblossom[v];
        int bw = inblossom[w];
        int b = unusedblossoms.removeLast();
        blossombase[b] = base;
        blossomparent[b] = -1;
        blossomparent[bb] = b;
        List<Integer> path = new ArrayList<>();
        List<Integer> endps = new ArrayList<>();
        while (bv != bb) {
            blossomparent[bv] = b;
            path.add(bv);
            endps.add(labelend[bv]);
            v = endpoint[labelend[bv]];
            bv = inblossom[v];
        }
        path.add(bb);
        Collections.reverse(path);
        Collections.reverse(endps);
        endps.add(2 * k);
        while (bw != bb) {
            blossomparent[bw] = b;
            path.add(bw);
            endps.add(labelend[bw] ^ 1);
            w = endpoint[labelend[bw]];
            bw = inblossom[w];
        }
        blossomchilds[b] = path.stream().mapToInt(Integer::intValue).toArray();
        blossomendps[b] = endps.stream().mapToInt(Integer::intValue).toArray();
        label[b] = 1;
        labelend[b] = labelend[bb];
        dualvar[b] = 0;
        for (int leaf : leaves(b)) {
            if (label[inblossom[leaf]] == 2) {
                queue.add(leaf);
            }
            inblossom[leaf] = b;
        }
        int[] bestedgeto = new int[2 * nvertex];
        Arrays.fill(bestedgeto, -1);
        for (int child : blossomchilds[b]) {
            List<int[]> nblists = new ArrayList<>();
            if (blossombestedges[child] == null) {
                for (int leaf : leaves(child)) {
                    int[] list = new int[neighbend[leaf].length];
                    for (int q = 0; q < list.length; q++) {
                        list[q] = neighbend[leaf][q] / 2;
                    }
                    nblists.add(list);
                }
            } else {
                nblists.add(blossombestedges[child]);
            }
            for (int[] nblist : nblists) {
                for (int e : nblist) {
                    int i = edges[e][0];
                    int j = edges[e][1];
                    if (inblossom[j] == b) {
                        j = i;
                    }
                    int bj = inblossom[j];
                    if (bj != b && label[bj] == 1 && (bestedgeto[bj] == -1 || slack(e) < slack(bestedgeto[bj]))) {
                        bestedgeto[bj] = e;
                    }
                }
            }
            blossombestedges[child] = null;
            bestedge[child] = -1;
        }
        blossombestedges[b] = Arrays.stream(bestedgeto).filter(e -> e != -1).toArray();
        bestedge[b] = -1;
        for (int e : blossombestedges[b]) {
            if (bestedge[b] == -1 || slack(e) < slack(bestedge[b])) {
                bestedge[b] = e;
            }
        }
    }

    private void expandBlossom(int b, boolean endstage) {
        for (int s : blossomchilds[b]) {
            blossomparent[s] = -1;
            if (s < nvertex) {
                inblossom[s] = s;
            } else if (endstage && dualvar[s] == 0) {
                expandBlossom(s, endstage);
            } else {
                for (int leaf : leaves(s)) {
                    inblossom[leaf] = s;
                }
            }
        }
        if (!endstage && label[b] == 2) {
            int entrychild = inblossom[endpoint[labelend[b] ^ 1]];
            int[] childs = blossomchilds[b];
            int[] endps = blossomendps[b];
            int j = indexOf(childs, entrychild);
            int jstep;
            int endptrick;
            if ((j & 1) != 0) {
                j -= childs.length;
                jstep = 1;
                endptrick = 0;
            } else {
                jstep = -1;
                endptrick = 1;
            }
            int p = labelend[b];
            while (j != 0) {
                label[endpoint[p ^ 1]] = 0;
                label[endpoint[at(endps, j - endptrick) ^ endptrick ^ 1]] = 0;
                assignLabel(endpoint[p ^ 1], 2, p);
                allowedge[at(endps, j - endptrick) / 2] = true;
                j += jstep;
                p = at(endps, j - endptrick) ^ endptrick;
                allowedge[p / 2] = true;
                j += jstep;
            }
            int bv = at(childs, j);
            label[endpoint[p ^ 1]] = label[bv] = 2;
            labelend[endpoint[p ^ 1]] = labelend[bv] = p;
            bestedge[bv] = -1;
            j += jstep;
            while (at(childs, j) != entrychild) {
                bv = at(childs, j);
                if (label[bv] == 1) {
                    j += jstep;
                    continue;
                }
                int found = -1;
                for (int leaf : leaves(bv)) {
                    if (label[leaf] != 0) {
                        found = leaf;
                        break;
                    }
                }
                if (found >= 0) {
                    label[found] = 0;
                    label[endpoint[mate[blossombase[bv]]]] = 0;
                    assignLabel(found, 2, labelend[found]);
                }
                j += jstep;
            }
        }
        label[b] = labelend[b] = -1;
        blossomchilds[b] = blossomendps[b] = null;
        blossombase[b] = -1;
        blossombestedges[b] = null;
        bestedge[b] = -1;
        unusedblossoms.add(b);
    }

    private void augmentBlossom(int b, int v) {
        int t = v;
        while (blossomparent[t] != b) {
            t = blossomparent[t];
        }
        if (t >= nvertex) {
            augmentBlossom(t, v);
        }
        int[] childs = blossomchilds[b];
        int[] endps = blossomendps[b];
        int i = indexOf(childs, t);
        int j = i;
        int jstep;
        int endptrick;
        if ((i & 1) != 0) {
            j -= childs.length;
            jstep = 1;
            endptrick = 0;
        } else {
            jstep = -1;
            endptrick = 1;
        }
        while (j != 0) {
            j += jstep;
            t = at(childs, j);
            int p = at(endps, j - endptrick) ^ endptrick;
            if (t >= nvertex) {
                augmentBlossom(t, endpoint[p]);
            }
            j += jstep;
            t = at(childs, j);
            if (t >= nvertex) {
                augmentBlossom(t, endpoint[p ^ 1]);
            }
            mate[endpoint[p]] = p ^ 1;
            mate[endpoint[p ^ 1]] = p;
        }
        blossomchilds[b] = rotate(childs, i);
        blossomendps[b] = rotate(endps, i);
        blossombase[b] = blossombase[blossomchilds[b][0]];
    }

    private void augmentMatching(int k) {
        int[][] starts = {{edges[k][0], 2 * k + 1}, {edges[k][1], 2 * k}};
        for (int[] start : starts) {
            int s = start[0];
            int p = start[1];
            while (true) {
                int bs = inblossom[s];
                if (bs >= nvertex) {
                    augmentBlossom(bs, s);
                }
                mate[s] = p;
                if (labelend[bs] == -1) {
                    break;
                }
                int t = endpoint[labelend[bs]];
                int bt = inblossom[t];
                s = endpoint[labelend[bt]];
                int j = endpoint[labelend[bt] ^ 1];
                if (bt >= nvertex) {
                    augmentBlossom(bt, j);
                }
                mate[j] = labelend[bt];
                p = labelend[bt] ^ 1;
            }
        }
    }

    private int[] run() {
        for (int stage = 0; stage < nvertex; stage++) {
            Arrays.fill(label, 0);
            Arrays.fill(bestedge, -1);
            for (int b = nvertex; b < 2 * nvertex; b++) {
                blossombestedges[b] = null;
            }
            Arrays.fill(allowedge, false);
            queue.clear();
            for (int v = 0; v < nvertex; v++) {
                if (mate[v] == -1 && label[inblossom[v]] == 0) {
                    assignLabel(v, 1, -1);
                }
            }
            boolean augmented = false;
            while (true) {
                while (!queue.isEmpty() && !augmented) {
                    int v = queue.removeLast();
                    for (int p : neighbend[v]) {
                        int k = p / 2;
                        int w = endpoint[p];
                        if (inblossom[v] == inblossom[w]) {
                            continue;
                        }
                        long kslack = 0;
                        if (!allowedge[k]) {
                            kslack = slack(k);
                            if (kslack <= 0) {
                                allowedge[k] = true;
                            }
                        }
                        if (allowedge[k]) {
                            if (label[inblossom[w]] == 0) {
                                assignLabel(w, 2, p ^ 1);
                            } else if (label[inblossom[w]] == 1) {
                                int base = scanBlossom(v, w);
                                if (base >= 0) {
                                    addBlossom(base, k);
                                } else {
                                    augmentMatching(k);
                                    augmented = true;
                                    break;
                                }
                            } else if (label[w] == 0) {
                                label[w] = 2;
                                labelend[w] = p ^ 1;
                            }
                        } else if (label[inblossom[w]] == 1) {
                            int b = inblossom[v];
                            if (bestedge[b] == -1 || kslack < slack(bestedge[b])) {
                                bestedge[b] = k;
                            }
                        } else if (label[w] == 0) {
                            if (bestedge[w] == -1 || kslack < slack(bestedge[w])) {
                                bestedge[w] = k;
                            }
                        }
                    }
                }
                if (augmented) {
                    break;
                }
                int deltatype = 1;
                long delta = Long.MAX_VALUE;
                for (int v = 0; v < nvertex; v++) {
                    delta = Math.min(delta, dualvar[v]);
                }
                int deltaedge = -1;
                int deltablossom = -1;
                for (int v = 0; v < nvertex; v++) {
                    if (label[inblossom[v]] == 0 && bestedge[v] != -1) {
                        long d = slack(bestedge[v]);
                        if (d < delta) {
                            delta = d;
                            deltatype = 2;
                            deltaedge = bestedge[v];
                        }
                    }
                }
                for (int b = 0; b < 2 * nvertex; b++) {
                    if (blossomparent[b] == -1 && label[b] == 1 && bestedge[b] != -1) {
                        long d = slack(bestedge[b]) / 2;
                        if (d < delta) {
                            delta = d;
                            deltatype = 3;
                            deltaedge = bestedge[b];
                        }
                    }
                }
                for (int b = nvertex; b < 2 * nvertex; b++) {
                    if (blossombase[b] >= 0 && blossomparent[b] == -1 && label[b] == 2 && dualvar[b] < delta) {
                        delta = dualvar[b];
                        deltatype = 4;
                        deltablossom = b;
                    }
                }
                for (int v = 0; v < nvertex; v++) {
                    if (label[inblossom[v]] == 1) {
                        dualvar[v] -= delta;
                    } else if (label[inblossom[v]] == 2) {
                        dualvar[v] += delta;
                    }
                }
                for (int b = nvertex; b < 2 * nvertex; b++) {
                    if (blossombase[b] >= 0 && blossomparent[b] == -1) {
                        if (label[b] == 1) {
                            dualvar[b] += delta;
                        } else if (label[b] == 2) {
                            dualvar[b] -= delta;
                        }
                    }
                }
                if (deltatype == 1) {
                    break;
                } else if (deltatype == 2) {
                    allowedge[deltaedge] = true;
                    int i = edges[deltaedge][0];
                    if (label[inblossom[i]] == 0) {
                        i = edges[deltaedge][1];
                    }
                    queue.add(i);
                } else if (deltatype == 3) {
                    allowedge[deltaedge] = true;
                    queue.add(edges[deltaedge][0]);
                } else {
                    expandBlossom(deltablossom, false);
                }
            }
            if (!augmented) {
                break;
            }
            for (int b = nvertex; b < 2 * nvertex; b++) {
                if (blossomparent[b] == -1 && blossombase[b] >= 0 && label[b] == 1 && dualvar[b] == 0) {
                    expandBlossom(b, true);
                }
            }
        }
        int[] result = new int[nvertex];
        for (int v = 0; v < nvertex; v++) {
            result[v] = mate[v] >= 0 ? endpoint[mate[v]] : -1;
        }
        return result;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("not a child: " + value);
    }

    private static int[] rotate(int[] values, int start) {
        int[] rotated = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            rotated[i] = values[(start + i) % values.length];
        }
        return rotated;
    }
}
