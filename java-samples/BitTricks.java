public class BitTricks {
    static int popcount(int x) { int c = 0; while (x != 0) { x &= x - 1; c++; } return c; }
    static int popcountL(long x) { int c = 0; while (x != 0) { c += (int) (x & 1); x >>>= 1; } return c; }
    static int reverseBits(int x) {
        int r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>>= 1; }
        return r;
    }
    static long reverseBytes(long x) {
        long r = 0;
        for (int i = 0; i < 8; i++) { r = (r << 8) | (x & 0xFF); x >>>= 8; }
        return r;
    }
    static int leadingZeros(int x) { if (x == 0) return 32; int n = 0; while ((x & 0x80000000) == 0) { n++; x <<= 1; } return n; }
    static int trailingZeros(long x) { if (x == 0) return 64; int n = 0; while ((x & 1) == 0) { n++; x >>= 1; } return n; }
    static int rotl(int x, int k) { return (x << k) | (x >>> -k); }
    static long rotr(long x, int k) { return (x >>> k) | (x << -k); }
    static int crc32(byte[] data) {
        int crc = 0xFFFFFFFF;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
        }
        return ~crc;
    }
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) { h ^= s.charAt(i); h *= 0x100000001b3L; }
        return h;
    }
    static long xorshift(long s) { s ^= s << 13; s ^= s >>> 7; s ^= s << 17; return s; }
    static boolean isPow2(long x) { return x > 0 && (x & (x - 1)) == 0; }
    static int gray(int n) { return n ^ (n >>> 1); }
    static int ungray(int g) { int n = g; while ((g >>>= 1) != 0) n ^= g; return n; }

    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 0x80000000, 0x7FFFFFFF, 0x12345678, 0xF0F0F0F0, 6, 1024};
        for (int v : vals) {
            System.out.println(Integer.toHexString(v) + ": pop=" + popcount(v) + " rev=" + Integer.toHexString(reverseBits(v)) + " clz=" + leadingZeros(v) + " ctz=" + trailingZeros(v & 0xFFFFFFFFL) + " rotl7=" + Integer.toHexString(rotl(v, 7)) + " rotl-3=" + Integer.toHexString(rotl(v, -3)) + " lowest=" + (v & -v) + " ~=" + ~v);
        }
        long[] lv = {0L, -1L, 0x0123456789ABCDEFL, Long.MIN_VALUE, 1L << 62, 0xFFL};
        for (long v : lv) {
            System.out.println(Long.toHexString(v) + ": pop=" + popcountL(v) + " bswap=" + Long.toHexString(reverseBytes(v)) + " rotr12=" + Long.toHexString(rotr(v, 12)) + " pow2=" + isPow2(v) + " ~=" + ~v + " neg=" + -v);
        }
        String text = "The quick brown fox jumps over the lazy dog";
        byte[] data = new byte[text.length()];
        for (int i = 0; i < data.length; i++) data[i] = (byte) text.charAt(i);
        System.out.println("crc32 " + Integer.toHexString(crc32(data)) + " len " + data.length);
        System.out.println("crc32 empty " + Integer.toHexString(crc32(new byte[0])));
        System.out.println("fnv1a64 " + Long.toHexString(fnv1a64("hello")) + " " + Long.toHexString(fnv1a64("")));
        long s = 88172645463325252L;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) { s = xorshift(s); sb.append(s).append(' '); }
        System.out.println("xorshift " + sb);
        sb.setLength(0);
        for (int n = 0; n < 16; n++) { int g = gray(n); sb.append(Integer.toBinaryString(g)).append(ungray(g) == n ? "" : "!").append(' '); }
        System.out.println("gray " + sb);
        // bit sets in a long[]
        long[] bits = new long[4];
        for (int i = 0; i < 256; i += 3) bits[i >>> 6] |= 1L << i;   // shift distance masked to 6 bits
        int count = 0;
        for (long w : bits) count += popcountL(w);
        System.out.println("bitset count " + count + " words " + Long.toHexString(bits[0]) + " " + Long.toHexString(bits[3]));
        // boolean logic on ints and longs
        int a = 0b1100, b = 0b1010;
        long la = 0xF0F0F0F0F0F0F0F0L, lb = 0x0FF00FF00FF00FF0L;
        System.out.println((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (a & ~b) + " " + Long.toHexString(la & lb) + " " + Long.toHexString(la | lb) + " " + Long.toHexString(la ^ lb));
        // sign extension vs zero extension
        byte by = (byte) 0x9C;
        short sh = (short) 0xBEEF;
        System.out.println((by >> 2) + " " + (by >>> 2) + " " + ((by & 0xFF) >>> 2) + " " + (sh >> 4) + " " + (sh >>> 4) + " " + ((sh & 0xFFFF) >> 4) + " " + ((long) by << 40) + " " + ((by & 0xFFL) << 40));
    }
}
