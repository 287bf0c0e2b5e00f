package java.util;

/**
 * A node of a HashMap tree bin: a red-black tree ordered by (hash, compareTo when the keys share a
 * Comparable class, then class name and identity hash), while the `next` links keep a list through
 * the bin that iteration follows. The list order is what makes iteration match JDK 17: the root is
 * always moved to the front of the bin, a new node is linked right after its tree parent, and a
 * split keeps the list order of each half. The tree operations make the same structural choices as
 * the JDK's (CLR red-black insert/delete fix-ups, successor swap on delete), so the roots agree.
 * Extends LinkedHashMap.Entry so a LinkedHashMap's tree bins keep their before/after links.
 */
final class HashMapTreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
    HashMapTreeNode<K, V> parent;
    HashMapTreeNode<K, V> left;
    HashMapTreeNode<K, V> right;
    /** The previous node in the bin's `next` list, so a node can be unlinked without a search. */
    HashMapTreeNode<K, V> prev;
    boolean red;

    HashMapTreeNode(int hash, K key, V val, HashMap.Node<K, V> next) {
        super(hash, key, val, next);
    }

    HashMapTreeNode<K, V> root() {
        HashMapTreeNode<K, V> r = this;
        while (r.parent != null) {
            r = r.parent;
        }
        return r;
    }

    /** Makes root the first node of its bin (table slot and list head). */
    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, HashMapTreeNode<K, V> root) {
        if (root == null || tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & root.hash;
        HashMapTreeNode<K, V> first = (HashMapTreeNode<K, V>) tab[index];
        if (root == first) {
            return;
        }
        tab[index] = root;
        HashMapTreeNode<K, V> rp = root.prev;
        HashMap.Node<K, V> rn = root.next;
        if (rn != null) {
            ((HashMapTreeNode<K, V>) rn).prev = rp;
        }
        if (rp != null) {
            rp.next = rn;
        }
        if (first != null) {
            first.prev = root;
        }
        root.next = first;
        root.prev = null;
    }

    /** Finds key k with hash h under this node; kc caches comparableClassFor(k). */
    HashMapTreeNode<K, V> find(int h, Object k, Class<?> kc) {
        HashMapTreeNode<K, V> p = this;
        while (p != null) {
            HashMapTreeNode<K, V> pl = p.left, pr = p.right;
            int ph = p.hash;
            Object pk;
            if (ph > h) {
                p = pl;
            } else if (ph < h) {
                p = pr;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else if (pl == null) {
                p = pr;
            } else if (pr == null) {
                p = pl;
            } else {
                int dir;
                if (kc == null) {
                    kc = HashMap.comparableClassFor(k);
                }
                if (kc != null && (dir = HashMap.compareComparables(kc, k, pk)) != 0) {
                    p = (dir < 0) ? pl : pr;
                } else {
                    // Equal hashes that cannot be ordered: the key may be on either side.
                    HashMapTreeNode<K, V> q = pr.find(h, k, kc);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
        }
        return null;
    }

    HashMapTreeNode<K, V> getTreeNode(int h, Object k) {
        return ((parent != null) ? root() : this).find(h, k, null);
    }

    /** A total order for keys the other rules cannot separate (only the tree shape depends on it). */
    static int tieBreakOrder(Object a, Object b) {
        int d;
        if (a == null || b == null || (d = a.getClass().getName().compareTo(b.getClass().getName())) == 0) {
            d = (System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1);
        }
        return d;
    }

    /** Direction (<= 0: left) of inserting key k (hash h) at node p, for treeify. */
    private static int insertDirection(int h, Object k, Class<?>[] kcHolder, HashMapTreeNode<?, ?> p) {
        int ph = p.hash;
        if (ph > h) {
            return -1;
        }
        if (ph < h) {
            return 1;
        }
        if (kcHolder[0] == null) {
            kcHolder[0] = HashMap.comparableClassFor(k);
        }
        int dir;
        if (kcHolder[0] == null || (dir = HashMap.compareComparables(kcHolder[0], k, p.key)) == 0) {
            dir = tieBreakOrder(k, p.key);
        }
        return dir;
    }

    /** Builds the tree from the list starting at this node, in list order. */
    void treeify(HashMap.Node<K, V>[] tab) {
        HashMapTreeNode<K, V> root = null;
        Class<?>[] kc = new Class<?>[1];
        HashMapTreeNode<K, V> next;
        for (HashMapTreeNode<K, V> x = this; x != null; x = next) {
            next = (HashMapTreeNode<K, V>) x.next;
            x.left = x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
                continue;
            }
            kc[0] = null;
            HashMapTreeNode<K, V> p = root;
            for (;;) {
                int dir = insertDirection(x.hash, x.key, kc, p);
                HashMapTreeNode<K, V> child = (dir <= 0) ? p.left : p.right;
                if (child == null) {
                    x.parent = p;
                    if (dir <= 0) {
                        p.left = x;
                    } else {
                        p.right = x;
                    }
                    root = balanceInsertion(root, x);
                    break;
                }
                p = child;
            }
        }
        moveRootToFront(tab, root);
    }

    /** The bin as a plain list of fresh nodes, in list order. */
    HashMap.Node<K, V> untreeify(HashMap<K, V> map) {
        HashMap.Node<K, V> hd = null, tl = null;
        for (HashMap.Node<K, V> q = this; q != null; q = q.next) {
            HashMap.Node<K, V> p = map.replacementNode(q, null);
            if (tl == null) {
                hd = p;
            } else {
                tl.next = p;
            }
            tl = p;
        }
        return hd;
    }

    /** put into a tree bin: the existing node for k, or null after inserting a new one. */
    HashMapTreeNode<K, V> putTreeVal(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int h, K k, V v) {
        Class<?> kc = null;
        boolean searched = false;
        HashMapTreeNode<K, V> root = (parent != null) ? root() : this;
        HashMapTreeNode<K, V> p = root;
        for (;;) {
            int dir;
            int ph = p.hash;
            Object pk;
            if (ph > h) {
                dir = -1;
            } else if (ph < h) {
                dir = 1;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else {
                if (kc == null) {
                    kc = HashMap.comparableClassFor(k);
                }
                if (kc == null || (dir = HashMap.compareComparables(kc, k, pk)) == 0) {
                    if (!searched) {
                        // Not orderable here: look for k in both subtrees once before inserting.
                        searched = true;
                        HashMapTreeNode<K, V> q = null;
                        if (p.left != null) {
                            q = p.left.find(h, k, kc);
                        }
                        if (q == null && p.right != null) {
                            q = p.right.find(h, k, kc);
                        }
                        if (q != null) {
                            return q;
                        }
                    }
                    dir = tieBreakOrder(k, pk);
                }
            }
            HashMapTreeNode<K, V> xp = p;
            p = (dir <= 0) ? p.left : p.right;
            if (p == null) {
                HashMap.Node<K, V> xpn = xp.next;
                HashMapTreeNode<K, V> x = map.newTreeNode(h, k, v, xpn);
                if (dir <= 0) {
                    xp.left = x;
                } else {
                    xp.right = x;
                }
                xp.next = x;
                x.parent = x.prev = xp;
                if (xpn != null) {
                    ((HashMapTreeNode<K, V>) xpn).prev = x;
                }
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
        }
    }

    /**
     * Removes this node (which must be in the bin). A tree that has become small (no root.right, no
     * root.left or no root.left.left) turns back into a list when movable, as JDK's does.
     */
    void removeTreeNode(HashMap<K, V> map, HashMap.Node<K, V>[] tab, boolean movable) {
        if (tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & hash;
        HashMapTreeNode<K, V> first = (HashMapTreeNode<K, V>) tab[index];
        HashMapTreeNode<K, V> root = first;
        HashMapTreeNode<K, V> succ = (HashMapTreeNode<K, V>) next, pred = prev;
        if (pred == null) {
            tab[index] = first = succ;
        } else {
            pred.next = succ;
        }
        if (succ != null) {
            succ.prev = pred;
        }
        if (first == null) {
            return;
        }
        if (root.parent != null) {
            root = root.root();
        }
        if (root == null || (movable && (root.right == null || root.left == null || root.left.left == null))) {
            tab[index] = first.untreeify(map);
            return;
        }
        HashMapTreeNode<K, V> p = this, pl = left, pr = right, replacement;
        if (pl != null && pr != null) {
            // Swap p with its in-order successor s (links and colours, not contents).
            HashMapTreeNode<K, V> s = pr;
            while (s.left != null) {
                s = s.left;
            }
            boolean c = s.red;
            s.red = p.red;
            p.red = c;
            HashMapTreeNode<K, V> sr = s.right;
            HashMapTreeNode<K, V> pp = p.parent;
            if (s == pr) {
                p.parent = s;
                s.right = p;
            } else {
                HashMapTreeNode<K, V> sp = s.parent;
                p.parent = sp;
                if (sp != null) {
                    if (s == sp.left) {
                        sp.left = p;
                    } else {
                        sp.right = p;
                    }
                }
                s.right = pr;
                pr.parent = s;
            }
            p.left = null;
            p.right = sr;
            if (sr != null) {
                sr.parent = p;
            }
            s.left = pl;
            pl.parent = s;
            s.parent = pp;
            if (pp == null) {
                root = s;
            } else if (p == pp.left) {
                pp.left = s;
            } else {
                pp.right = s;
            }
            replacement = (sr != null) ? sr : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            HashMapTreeNode<K, V> pp = replacement.parent = p.parent;
            if (pp == null) {
                (root = replacement).red = false;
            } else if (p == pp.left) {
                pp.left = replacement;
            } else {
                pp.right = replacement;
            }
            p.left = p.right = p.parent = null;
        }
        HashMapTreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            HashMapTreeNode<K, V> pp = p.parent;
            p.parent = null;
            if (pp != null) {
                if (p == pp.left) {
                    pp.left = null;
                } else if (p == pp.right) {
                    pp.right = null;
                }
            }
        }
        if (movable) {
            moveRootToFront(tab, r);
        }
    }

    /** Splits the bin at tab[index] by the hash bit `bit` during resize, keeping list order. */
    void split(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index, int bit) {
        HashMapTreeNode<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
        int lc = 0, hc = 0;
        HashMapTreeNode<K, V> next;
        for (HashMapTreeNode<K, V> e = this; e != null; e = next) {
            next = (HashMapTreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                e.prev = loTail;
                if (loTail == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
                ++lc;
            } else {
                e.prev = hiTail;
                if (hiTail == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
                ++hc;
            }
        }
        if (loHead != null) {
            if (lc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index] = loHead.untreeify(map);
            } else {
                tab[index] = loHead;
                if (hiHead != null) {
                    loHead.treeify(tab);
                }
            }
        }
        if (hiHead != null) {
            if (hc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index + bit] = hiHead.untreeify(map);
            } else {
                tab[index + bit] = hiHead;
                if (loHead != null) {
                    hiHead.treeify(tab);
                }
            }
        }
    }

    // Red-black balancing (CLR, "Introduction to Algorithms" ch. 13).

    static <K, V> HashMapTreeNode<K, V> rotateLeft(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> p) {
        HashMapTreeNode<K, V> r;
        if (p != null && (r = p.right) != null) {
            HashMapTreeNode<K, V> rl = p.right = r.left;
            if (rl != null) {
                rl.parent = p;
            }
            HashMapTreeNode<K, V> pp = r.parent = p.parent;
            if (pp == null) {
                (root = r).red = false;
            } else if (pp.left == p) {
                pp.left = r;
            } else {
                pp.right = r;
            }
            r.left = p;
            p.parent = r;
        }
        return root;
    }

    static <K, V> HashMapTreeNode<K, V> rotateRight(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> p) {
        HashMapTreeNode<K, V> l;
        if (p != null && (l = p.left) != null) {
            HashMapTreeNode<K, V> lr = p.left = l.right;
            if (lr != null) {
                lr.parent = p;
            }
            HashMapTreeNode<K, V> pp = l.parent = p.parent;
            if (pp == null) {
                (root = l).red = false;
            } else if (pp.right == p) {
                pp.right = l;
            } else {
                pp.left = l;
            }
            l.right = p;
            p.parent = l;
        }
        return root;
    }

    static <K, V> HashMapTreeNode<K, V> balanceInsertion(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> x) {
        x.red = true;
        for (;;) {
            HashMapTreeNode<K, V> xp = x.parent;
            if (xp == null) {
                x.red = false;
                return x;
            }
            HashMapTreeNode<K, V> xpp = xp.parent;
            if (!xp.red || xpp == null) {
                return root;
            }
            HashMapTreeNode<K, V> xppl = xpp.left;
            if (xp == xppl) {
                HashMapTreeNode<K, V> xppr = xpp.right;
                if (xppr != null && xppr.red) {
                    xppr.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.right) {
                        root = rotateLeft(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                if (xppl != null && xppl.red) {
                    xppl.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.left) {
                        root = rotateRight(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }

    static <K, V> HashMapTreeNode<K, V> balanceDeletion(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> x) {
        for (;;) {
            if (x == null || x == root) {
                return root;
            }
            HashMapTreeNode<K, V> xp = x.parent;
            if (xp == null) {
                x.red = false;
                return x;
            }
            if (x.red) {
                x.red = false;
                return root;
            }
            HashMapTreeNode<K, V> xpl = xp.left;
            if (xpl == x) {
                HashMapTreeNode<K, V> xpr = xp.right;
                if (xpr != null && xpr.red) {
                    xpr.red = false;
                    xp.red = true;
                    root = rotateLeft(root, xp);
                    xpr = (xp = x.parent) == null ? null : xp.right;
                }
                if (xpr == null) {
                    x = xp;
                } else {
                    HashMapTreeNode<K, V> sl = xpr.left, sr = xpr.right;
                    if ((sr == null || !sr.red) && (sl == null || !sl.red)) {
                        xpr.red = true;
                        x = xp;
                    } else {
                        if (sr == null || !sr.red) {
                            if (sl != null) {
                                sl.red = false;
                            }
                            xpr.red = true;
                            root = rotateRight(root, xpr);
                            xpr = (xp = x.parent) == null ? null : xp.right;
                        }
                        if (xpr != null) {
                            xpr.red = (xp == null) ? false : xp.red;
                            if ((sr = xpr.right) != null) {
                                sr.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateLeft(root, xp);
                        }
                        x = root;
                    }
                }
            } else {
                if (xpl != null && xpl.red) {
                    xpl.red = false;
                    xp.red = true;
                    root = rotateRight(root, xp);
                    xpl = (xp = x.parent) == null ? null : xp.left;
                }
                if (xpl == null) {
                    x = xp;
                } else {
                    HashMapTreeNode<K, V> sl = xpl.left, sr = xpl.right;
                    if ((sl == null || !sl.red) && (sr == null || !sr.red)) {
                        xpl.red = true;
                        x = xp;
                    } else {
                        if (sl == null || !sl.red) {
                            if (sr != null) {
                                sr.red = false;
                            }
                            xpl.red = true;
                            root = rotateLeft(root, xpl);
                            xpl = (xp = x.parent) == null ? null : xp.left;
                        }
                        if (xpl != null) {
                            xpl.red = (xp == null) ? false : xp.red;
                            if ((sl = xpl.left) != null) {
                                sl.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateRight(root, xp);
                        }
                        x = root;
                    }
                }
            }
        }
    }
}
