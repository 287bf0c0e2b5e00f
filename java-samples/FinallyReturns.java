public class FinallyReturns {
    static int log;

    @SuppressWarnings("finally")
    static int overrideReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int swallowException() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }

    static int valueCapturedBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log = x;
        }
    }

    static StringBuilder mutableCaptured() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("-finally");
        }
    }

    static long longReturn() {
        long v = 5;
        try {
            return v * 1000000000000L;
        } finally {
            v = 0;
        }
    }

    static double doubleReturn(boolean fail) {
        try {
            if (fail) throw new IllegalStateException();
            return 1.5;
        } catch (IllegalStateException e) {
            return -1.5;
        } finally {
            log++;
        }
    }

    @SuppressWarnings("finally")
    static String nestedFinally() {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append("t1 ");
                return sb.append("r1 ").toString();
            } finally {
                sb.append("f1 ");
            }
        } finally {
            sb.append("f2 ");
            if (sb.length() > 0) return sb.toString();
        }
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i == 2) continue;
                if (i == 7) break;
                count += 10;
            } finally {
                count++;
            }
        }
        return count;
    }

    @SuppressWarnings("finally")
    static int breakOutOfFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                throw new RuntimeException("discarded by break");
            } finally {
                if (i >= 3) break;
                else continue;
            }
        }
        return i;
    }

    static String finallyOrder() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            try {
                try {
                    sb.append('[').append(i);
                    if (i == 1) throw new IllegalArgumentException();
                    if (i == 2) return sb.append("ret]").toString();
                } finally {
                    sb.append("|f");
                }
            } catch (IllegalArgumentException e) {
                sb.append("|c");
            } finally {
                sb.append("|F]");
            }
        }
        return sb.toString();
    }

    static int tryInFinally() {
        int r = 0;
        try {
            r = 1;
        } finally {
            try {
                r += 10;
                throw new RuntimeException();
            } catch (RuntimeException e) {
                r += 100;
            } finally {
                r += 1000;
            }
        }
        return r;
    }

    static Object nullReturn() {
        try {
            return null;
        } finally {
            log = -1;
        }
    }

    public static void main(String[] args) {
        System.out.println(overrideReturn());
        System.out.println(swallowException());
        System.out.println(valueCapturedBeforeFinally() + " log=" + log);
        System.out.println(mutableCaptured());
        System.out.println(longReturn());
        log = 0;
        System.out.println(doubleReturn(false) + " " + doubleReturn(true) + " log=" + log);
        System.out.println(nestedFinally());
        System.out.println(loopWithFinally());
        System.out.println(breakOutOfFinally());
        System.out.println(finallyOrder());
        System.out.println(tryInFinally());
        System.out.println(nullReturn() + " log=" + log);
    }
}
