package java.util;

/**
 * The mantissa and exponent Formatter prints for %e, %f and %g. Like JDK 17's
 * jdk.internal.math.FormattedFloatingDecimal, it starts from the digits Double.toString produces
 * (FloatingDecimal's, via our native) and rounds those digits HALF_UP at the requested precision;
 * so %.2f of 1.005 is "1.01" (Double.toString(1.005) is "1.005") although the binary value is below
 * 1.005.
 */
final class FormattedDecimal {
    static final int SCIENTIFIC = 0, DECIMAL_FLOAT = 1, GENERAL = 2;

    /** The mantissa, e.g. "1.01"; may lack trailing zeros (Formatter adds them). */
    final String mantissa;
    /** The exponent, sign and at least two digits ("+05"), or null for decimal notation. */
    final String exponent;
    /** The exponent of the rounded value in scientific notation. */
    final int exponentRounded;

    private char[] digits;
    private int nDigits;
    private int decExp;

    /** value must be finite and non-negative. */
    FormattedDecimal(double value, int precision, int form) {
        decompose(value);
        int exp;
        String mant;
        String e = null;
        if (form == DECIMAL_FLOAT) {
            exp = applyPrecision(decExp + precision);
            mant = fillDecimal(precision, exp);
        } else if (form == SCIENTIFIC) {
            exp = applyPrecision(precision + 1);
            mant = fillScientific(precision);
            e = exponentOf(exp);
        } else {
            exp = applyPrecision(precision + 1);
            // the scientific exponent is exp - 1; %g uses it when it is < -4 or >= the precision
            if (exp - 1 < -4 || exp - 1 >= precision + 1) {
                mant = fillScientific(precision);
                e = exponentOf(exp);
            } else {
                mant = fillDecimal(precision + 1 - exp, exp);
            }
        }
        mantissa = mant;
        exponent = e;
        exponentRounded = exp - 1;
    }

    /** Splits Double.toString(value) into significant digits and a decimal exponent (0.d1d2.. * 10^decExp). */
    private void decompose(double value) {
        char[] m = Double.toString(value).toCharArray();
        int end = m.length;
        int exp10 = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] == 'E') {
                end = i;
                boolean negExp = m[i + 1] == '-';
                for (int k = negExp ? i + 2 : i + 1; k < m.length; k++) {
                    exp10 = exp10 * 10 + (m[k] - '0');
                }
                if (negExp) {
                    exp10 = -exp10;
                }
                break;
            }
        }
        int dot = end;
        for (int i = 0; i < end; i++) {
            if (m[i] == '.') {
                dot = i;
                break;
            }
        }
        char[] d = new char[end];
        int n = 0;
        int intDigits = dot;
        boolean leading = true;
        for (int i = 0; i < end; i++) {
            char c = m[i];
            if (c == '.') {
                continue;
            }
            if (leading && c == '0') {
                // each leading zero ("0.00ddd") moves the first significant digit one place right
                intDigits--;
                continue;
            }
            leading = false;
            d[n++] = c;
        }
        if (n == 0) {
            d[n++] = '0';
            intDigits = 1;
        }
        while (n > 1 && d[n - 1] == '0') {
            n--;
        }
        digits = d;
        nDigits = n;
        decExp = intDigits + exp10;
    }

    /** Rounds the digits HALF_UP to prec significant digits; returns the (possibly bumped) exponent. */
    private int applyPrecision(int prec) {
        char[] d = digits;
        int n = nDigits;
        if (prec >= n || prec < 0) {
            return decExp;
        }
        if (prec == 0) {
            if (d[0] >= '5') {
                d[0] = '1';
                Arrays.fill(d, 1, n, '0');
                return decExp + 1;
            }
            Arrays.fill(d, 0, n, '0');
            return decExp;
        }
        int q = d[prec];
        if (q >= '5') {
            int i = prec;
            q = d[--i];
            if (q == '9') {
                while (q == '9' && i > 0) {
                    q = d[--i];
                }
                if (q == '9') {
                    d[0] = '1';
                    Arrays.fill(d, 1, n, '0');
                    return decExp + 1;
                }
            }
            d[i] = (char) (q + 1);
            Arrays.fill(d, i + 1, n, '0');
        } else {
            Arrays.fill(d, prec, n, '0');
        }
        return decExp;
    }

    private String fillDecimal(int precision, int exp) {
        char[] d = digits;
        int n = nDigits;
        StringBuilder sb = new StringBuilder();
        if (exp > 0) {
            if (n < exp) {
                sb.append(d, 0, n);
                for (int i = n; i < exp; i++) {
                    sb.append('0');
                }
            } else {
                int t = Math.min(n - exp, precision);
                sb.append(d, 0, exp);
                if (t > 0) {
                    sb.append('.');
                    sb.append(d, exp, t);
                }
            }
        } else {
            int zeros = Math.max(0, Math.min(-exp, precision));
            int t = Math.max(0, Math.min(n, precision + exp));
            if (zeros > 0) {
                sb.append("0.");
                for (int i = 0; i < zeros; i++) {
                    sb.append('0');
                }
                if (t > 0) {
                    sb.append(d, 0, t);
                }
            } else if (t > 0) {
                sb.append("0.");
                sb.append(d, 0, t);
            } else {
                sb.append('0');
            }
        }
        return sb.toString();
    }

    private String fillScientific(int precision) {
        int t = Math.max(0, Math.min(nDigits - 1, precision));
        StringBuilder sb = new StringBuilder();
        sb.append(digits[0]);
        if (t > 0) {
            sb.append('.');
            sb.append(digits, 1, t);
        }
        return sb.toString();
    }

    private String exponentOf(int exp) {
        char sign;
        int e;
        if (exp <= 0) {
            sign = '-';
            e = -exp + 1;
        } else {
            sign = '+';
            e = exp - 1;
        }
        if (digits[0] == '0') {
            // zero: Formatter prints e+00
            sign = '+';
            e = 0;
        }
        return e <= 9 ? sign + "0" + e : sign + Integer.toString(e);
    }
}
