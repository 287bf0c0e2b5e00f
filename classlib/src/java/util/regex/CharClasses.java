package java.util.regex;

/** The named classes of \p{..}: POSIX (ASCII), java.lang.Character methods, Unicode categories and properties. */
final class CharClasses {
    private CharClasses() {}

    private static final int LU = 1 << Character.UPPERCASE_LETTER, LL = 1 << Character.LOWERCASE_LETTER,
            LT = 1 << Character.TITLECASE_LETTER, LM = 1 << Character.MODIFIER_LETTER,
            LO = 1 << Character.OTHER_LETTER, MN = 1 << Character.NON_SPACING_MARK,
            ME = 1 << Character.ENCLOSING_MARK, MC = 1 << Character.COMBINING_SPACING_MARK,
            ND = 1 << Character.DECIMAL_DIGIT_NUMBER, NL = 1 << Character.LETTER_NUMBER,
            NO = 1 << Character.OTHER_NUMBER, ZS = 1 << Character.SPACE_SEPARATOR,
            ZL = 1 << Character.LINE_SEPARATOR, ZP = 1 << Character.PARAGRAPH_SEPARATOR,
            CC = 1 << Character.CONTROL, CF = 1 << Character.FORMAT, CO = 1 << Character.PRIVATE_USE,
            CS = 1 << Character.SURROGATE, CN = 1 << Character.UNASSIGNED,
            PD = 1 << Character.DASH_PUNCTUATION, PS = 1 << Character.START_PUNCTUATION,
            PE = 1 << Character.END_PUNCTUATION, PC = 1 << Character.CONNECTOR_PUNCTUATION,
            PO = 1 << Character.OTHER_PUNCTUATION, SM = 1 << Character.MATH_SYMBOL,
            SC = 1 << Character.CURRENCY_SYMBOL, SK = 1 << Character.MODIFIER_SYMBOL,
            SO = 1 << Character.OTHER_SYMBOL, PI = 1 << Character.INITIAL_QUOTE_PUNCTUATION,
            PF = 1 << Character.FINAL_QUOTE_PUNCTUATION;

    private static final int L = LU | LL | LT | LM | LO, M = MN | ME | MC, N = ND | NL | NO, Z = ZS | ZL | ZP,
            C = CC | CF | CO | CS | CN, P = PD | PS | PE | PC | PO | PI | PF, S = SM | SC | SK | SO;

    private static CharProperty cat(int mask) {
        return new NamedClass(NamedClass.CATEGORY, mask);
    }

    private static CharProperty named(int kind) {
        return new NamedClass(kind);
    }

    /** A name after \p (or after Is / gc=), or null when unknown. */
    static CharProperty forProperty(String name, boolean ci) {
        if (ci) {
            if (name.equals("Lu") || name.equals("Ll") || name.equals("Lt")) {
                return cat(LU | LL | LT);
            }
            if (name.equals("Lower") || name.equals("Upper")) {
                return named(NamedClass.ASCII_LETTER);
            }
            if (name.equals("javaLowerCase") || name.equals("javaUpperCase")) {
                return named(NamedClass.J_ANY_CASE);
            }
        }
        switch (name) {
            case "Cn": return cat(CN);
            case "Lu": return cat(LU);
            case "Ll": return cat(LL);
            case "Lt": return cat(LT);
            case "Lm": return cat(LM);
            case "Lo": return cat(LO);
            case "Mn": return cat(MN);
            case "Me": return cat(ME);
            case "Mc": return cat(MC);
            case "Nd": return cat(ND);
            case "Nl": return cat(NL);
            case "No": return cat(NO);
            case "Zs": return cat(ZS);
            case "Zl": return cat(ZL);
            case "Zp": return cat(ZP);
            case "Cc": return cat(CC);
            case "Cf": return cat(CF);
            case "Co": return cat(CO);
            case "Cs": return cat(CS);
            case "Pd": return cat(PD);
            case "Ps": return cat(PS);
            case "Pe": return cat(PE);
            case "Pc": return cat(PC);
            case "Po": return cat(PO);
            case "Sm": return cat(SM);
            case "Sc": return cat(SC);
            case "Sk": return cat(SK);
            case "So": return cat(SO);
            case "Pi": return cat(PI);
            case "Pf": return cat(PF);
            case "L": return cat(L);
            case "M": return cat(M);
            case "N": return cat(N);
            case "Z": return cat(Z);
            case "C": return cat(C);
            case "P": return cat(P);
            case "S": return cat(S);
            case "LC": return cat(LU | LL | LT);
            case "LD": return cat(L | ND);
            case "L1": return named(NamedClass.LATIN1);
            case "all": return named(NamedClass.ALL);
            case "ASCII": return named(NamedClass.ASCII);
            case "Alnum": return named(NamedClass.ALNUM);
            case "Alpha": return named(NamedClass.ALPHA);
            case "Blank": return named(NamedClass.BLANK);
            case "Cntrl": return named(NamedClass.CNTRL);
            case "Digit": return named(NamedClass.DIGIT);
            case "Graph": return named(NamedClass.GRAPH);
            case "Lower": return named(NamedClass.LOWER);
            case "Print": return named(NamedClass.PRINT);
            case "Punct": return named(NamedClass.PUNCT);
            case "Space": return named(NamedClass.SPACE);
            case "Upper": return named(NamedClass.UPPER);
            case "XDigit": return named(NamedClass.XDIGIT);
            case "javaLowerCase": return named(NamedClass.J_LOWER);
            case "javaUpperCase": return named(NamedClass.J_UPPER);
            case "javaAlphabetic": return named(NamedClass.J_ALPHABETIC);
            case "javaIdeographic": return named(NamedClass.J_IDEOGRAPHIC);
            case "javaTitleCase": return named(NamedClass.J_TITLE);
            case "javaDigit": return named(NamedClass.J_DIGIT);
            case "javaDefined": return named(NamedClass.J_DEFINED);
            case "javaLetter": return named(NamedClass.J_LETTER);
            case "javaLetterOrDigit": return named(NamedClass.J_LETTER_OR_DIGIT);
            case "javaJavaIdentifierStart": return named(NamedClass.J_ID_START);
            case "javaJavaIdentifierPart": return named(NamedClass.J_ID_PART);
            case "javaUnicodeIdentifierStart": return named(NamedClass.J_U_ID_START);
            case "javaUnicodeIdentifierPart": return named(NamedClass.J_U_ID_PART);
            case "javaIdentifierIgnorable": return named(NamedClass.J_ID_IGNORABLE);
            case "javaSpaceChar": return named(NamedClass.J_SPACE_CHAR);
            case "javaWhitespace": return named(NamedClass.J_WHITESPACE);
            case "javaISOControl": return named(NamedClass.J_ISO_CONTROL);
            case "javaMirrored": return named(NamedClass.J_MIRRORED);
            default: return null;
        }
    }

    /** A POSIX class name under UNICODE_CHARACTER_CLASS: its Unicode property; null when not POSIX. */
    static CharProperty forPosixName(String name, boolean ci) {
        switch (name.toUpperCase()) {
            case "ALPHA": return forUnicodeProperty("ALPHABETIC", ci);
            case "LOWER": return forUnicodeProperty("LOWERCASE", ci);
            case "UPPER": return forUnicodeProperty("UPPERCASE", ci);
            case "SPACE": return forUnicodeProperty("WHITE_SPACE", ci);
            case "PUNCT": return forUnicodeProperty("PUNCTUATION", ci);
            case "XDIGIT": return forUnicodeProperty("HEX_DIGIT", ci);
            case "ALNUM": return forUnicodeProperty("ALNUM", ci);
            case "CNTRL": return forUnicodeProperty("CONTROL", ci);
            case "DIGIT": return forUnicodeProperty("DIGIT", ci);
            case "BLANK": return forUnicodeProperty("BLANK", ci);
            case "GRAPH": return forUnicodeProperty("GRAPH", ci);
            case "PRINT": return forUnicodeProperty("PRINT", ci);
            default: return null;
        }
    }

    /** A binary Unicode property after \p{Is..}, upper-cased; null when unknown. */
    static CharProperty forUnicodeProperty(String name, boolean ci) {
        if (ci && (name.equals("LOWERCASE") || name.equals("UPPERCASE") || name.equals("TITLECASE"))) {
            return named(NamedClass.J_ANY_CASE);
        }
        switch (name) {
            case "ALPHABETIC": return named(NamedClass.J_ALPHABETIC);
            case "LETTER": return named(NamedClass.J_LETTER);
            case "IDEOGRAPHIC": return named(NamedClass.J_IDEOGRAPHIC);
            case "LOWERCASE": return named(NamedClass.J_LOWER);
            case "UPPERCASE": return named(NamedClass.J_UPPER);
            case "TITLECASE": return named(NamedClass.J_TITLE);
            case "DIGIT": return named(NamedClass.J_DIGIT);
            case "CONTROL": return cat(CC);
            case "PUNCTUATION": return cat(P);
            case "ASSIGNED": return cat(~CN);
            case "HEXDIGIT":
            case "HEX_DIGIT": return named(NamedClass.U_HEX_DIGIT);
            case "JOINCONTROL":
            case "JOIN_CONTROL": return named(NamedClass.U_JOIN_CONTROL);
            case "WHITE_SPACE":
            case "WHITESPACE": return named(NamedClass.U_WHITE_SPACE);
            case "WORD": return named(NamedClass.U_WORD);
            case "ALNUM": return named(NamedClass.U_ALNUM);
            case "BLANK": return named(NamedClass.U_BLANK);
            case "GRAPH": return named(NamedClass.U_GRAPH);
            case "PRINT": return named(NamedClass.U_PRINT);
            default: return null;
        }
    }
}
