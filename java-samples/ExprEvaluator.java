// A tiny expression language: tokenizer, recursive-descent parser to an AST, evaluator, variables.
class ParseException extends Exception {
    final int pos;
    ParseException(String msg, int pos) { super(msg + " at " + pos); this.pos = pos; }
}

class EvalException extends RuntimeException {
    EvalException(String msg) { super(msg); }
}

class Token {
    static final int NUM = 0, IDENT = 1, OP = 2, LPAREN = 3, RPAREN = 4, END = 5, ASSIGN = 6, COMMA = 7;
    final int type;
    final String text;
    final long value;
    final int pos;
    Token(int type, String text, long value, int pos) { this.type = type; this.text = text; this.value = value; this.pos = pos; }
    public String toString() {
        switch (type) {
            case NUM: return "NUM(" + value + ")";
            case IDENT: return "ID(" + text + ")";
            case END: return "END";
            default: return "'" + text + "'";
        }
    }
}

class Lexer {
    private final String src;
    private int i;
    Lexer(String src) { this.src = src; }

    Token next() throws ParseException {
        while (i < src.length() && src.charAt(i) == ' ') i++;
        if (i >= src.length()) return new Token(Token.END, "", 0, i);
        char c = src.charAt(i);
        int start = i;
        if (Character.isDigit(c)) {
            long v = 0;
            while (i < src.length() && Character.isDigit(src.charAt(i))) {
                v = v * 10 + (src.charAt(i) - '0');
                i++;
            }
            return new Token(Token.NUM, src.substring(start, i), v, start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (i < src.length() && (Character.isLetter(src.charAt(i)) || Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
            return new Token(Token.IDENT, src.substring(start, i), 0, start);
        }
        i++;
        switch (c) {
            case '+': case '-': case '*': case '/': case '%': case '^': return new Token(Token.OP, String.valueOf(c), 0, start);
            case '(': return new Token(Token.LPAREN, "(", 0, start);
            case ')': return new Token(Token.RPAREN, ")", 0, start);
            case '=': return new Token(Token.ASSIGN, "=", 0, start);
            case ',': return new Token(Token.COMMA, ",", 0, start);
            default: throw new ParseException("unexpected character '" + c + "'", start);
        }
    }
}

abstract class Expr {
    abstract long eval(Env env);
    abstract String show();
}

class Num extends Expr {
    final long v;
    Num(long v) { this.v = v; }
    long eval(Env env) { return v; }
    String show() { return Long.toString(v); }
}

class Var extends Expr {
    final String name;
    Var(String name) { this.name = name; }
    long eval(Env env) { return env.get(name); }
    String show() { return name; }
}

class Neg extends Expr {
    final Expr e;
    Neg(Expr e) { this.e = e; }
    long eval(Env env) { return -e.eval(env); }
    String show() { return "(-" + e.show() + ")"; }
}

class Bin extends Expr {
    final char op;
    final Expr l, r;
    Bin(char op, Expr l, Expr r) { this.op = op; this.l = l; this.r = r; }
    long eval(Env env) {
        long a = l.eval(env), b = r.eval(env);
        switch (op) {
            case '+': return a + b;
            case '-': return a - b;
            case '*': return a * b;
            case '/': if (b == 0) throw new EvalException("division by zero in " + show()); return a / b;
            case '%': return a % b;
            case '^': {
                long res = 1;
                for (long k = 0; k < b; k++) res *= a;
                return res;
            }
            default: throw new EvalException("bad op " + op);
        }
    }
    String show() { return "(" + l.show() + " " + op + " " + r.show() + ")"; }
}

class Call extends Expr {
    final String fn;
    final Expr[] args;
    Call(String fn, Expr[] args) { this.fn = fn; this.args = args; }
    long eval(Env env) {
        long[] v = new long[args.length];
        for (int i = 0; i < v.length; i++) v[i] = args[i].eval(env);
        if (fn.equals("max") && v.length > 0) { long m = v[0]; for (long x : v) m = Math.max(m, x); return m; }
        if (fn.equals("min") && v.length > 0) { long m = v[0]; for (long x : v) m = Math.min(m, x); return m; }
        if (fn.equals("abs") && v.length == 1) return Math.abs(v[0]);
        if (fn.equals("fact") && v.length == 1) { long f = 1; for (long k = 2; k <= v[0]; k++) f *= k; return f; }
        throw new EvalException("unknown function " + fn + "/" + v.length);
    }
    String show() {
        StringBuilder sb = new StringBuilder(fn).append('(');
        for (int i = 0; i < args.length; i++) { if (i > 0) sb.append(", "); sb.append(args[i].show()); }
        return sb.append(')').toString();
    }
}

class Env {
    private String[] names = new String[4];
    private long[] values = new long[4];
    private int size;
    long get(String n) {
        for (int i = 0; i < size; i++) if (names[i].equals(n)) return values[i];
        throw new EvalException("undefined variable " + n);
    }
    void set(String n, long v) {
        for (int i = 0; i < size; i++) if (names[i].equals(n)) { values[i] = v; return; }
        if (size == names.length) {
            String[] nn = new String[size * 2];
            long[] nv = new long[size * 2];
            System.arraycopy(names, 0, nn, 0, size);
            System.arraycopy(values, 0, nv, 0, size);
            names = nn;
            values = nv;
        }
        names[size] = n;
        values[size++] = v;
    }
}

class Parser {
    private final Lexer lex;
    private Token tok;
    Parser(String src) throws ParseException { lex = new Lexer(src); tok = lex.next(); }

    private void advance() throws ParseException { tok = lex.next(); }

    // statement := IDENT '=' expr | expr
    String[] assignTarget = new String[1];
    Expr statement() throws ParseException {
        Expr e = expr();
        if (tok.type == Token.ASSIGN) {
            if (!(e instanceof Var)) throw new ParseException("cannot assign to " + e.show(), tok.pos);
            advance();
            assignTarget[0] = ((Var) e).name;
            e = expr();
        }
        if (tok.type != Token.END) throw new ParseException("trailing " + tok, tok.pos);
        return e;
    }

    Expr expr() throws ParseException {
        Expr e = term();
        while (tok.type == Token.OP && (tok.text.equals("+") || tok.text.equals("-"))) {
            char op = tok.text.charAt(0);
            advance();
            e = new Bin(op, e, term());
        }
        return e;
    }

    Expr term() throws ParseException {
        Expr e = factor();
        while (tok.type == Token.OP && (tok.text.equals("*") || tok.text.equals("/") || tok.text.equals("%"))) {
            char op = tok.text.charAt(0);
            advance();
            e = new Bin(op, e, factor());
        }
        return e;
    }

    Expr factor() throws ParseException {
        Expr base = unary();
        if (tok.type == Token.OP && tok.text.equals("^")) {
            advance();
            return new Bin('^', base, factor()); // right associative
        }
        return base;
    }

    Expr unary() throws ParseException {
        if (tok.type == Token.OP && tok.text.equals("-")) {
            advance();
            return new Neg(unary());
        }
        return primary();
    }

    Expr primary() throws ParseException {
        Token t = tok;
        switch (t.type) {
            case Token.NUM: advance(); return new Num(t.value);
            case Token.IDENT: {
                advance();
                if (tok.type == Token.LPAREN) {
                    advance();
                    Expr[] args = new Expr[0];
                    if (tok.type != Token.RPAREN) {
                        while (true) {
                            Expr[] na = new Expr[args.length + 1];
                            System.arraycopy(args, 0, na, 0, args.length);
                            na[args.length] = expr();
                            args = na;
                            if (tok.type == Token.COMMA) { advance(); continue; }
                            break;
                        }
                    }
                    expect(Token.RPAREN);
                    return new Call(t.text, args);
                }
                return new Var(t.text);
            }
            case Token.LPAREN: {
                advance();
                Expr e = expr();
                expect(Token.RPAREN);
                return e;
            }
            default:
                throw new ParseException("unexpected " + t, t.pos);
        }
    }

    private void expect(int type) throws ParseException {
        if (tok.type != type) throw new ParseException("expected token type " + type + " but got " + tok, tok.pos);
        advance();
    }
}

public class ExprEvaluator {
    public static void main(String[] args) {
        String[] program = {
            "1 + 2 * 3",
            "(1 + 2) * 3",
            "2 ^ 3 ^ 2",
            "-2 ^ 2",
            "x = 10",
            "y = x * x - 1",
            "y / 7 + y % 7",
            "z = max(x, y, 3) - min(4, -x)",
            "abs(-123456789) * 1000",
            "fact(20)",
            "fact(21)",
            "counter = 0",
            "counter = counter + 1",
            "counter = counter + 1",
            "big = 9223372036854775807 + 1",
            "1 / (x - 10)",
            "unknown + 1",
            "3 + * 4",
            "(1 + 2",
            "4 $ 4",
            "5 = 6",
            "f(1, 2)",
            "   7   ",
            "a1 = b2 = 3",
            "-(-(-x))",
            "100 - 10 - 1",
            "1000 / 10 / 10",
        };
        Env env = new Env();
        for (String line : program) {
            StringBuilder out = new StringBuilder("> " + line + "\n  ");
            try {
                Parser p = new Parser(line);
                Expr e = p.statement();
                long v = e.eval(env);
                if (p.assignTarget[0] != null) {
                    env.set(p.assignTarget[0], v);
                    out.append(p.assignTarget[0]).append(" := ");
                }
                out.append(e.show()).append(" = ").append(v);
            } catch (ParseException ex) {
                out.append("parse error: ").append(ex.getMessage()).append(" (pos ").append(ex.pos).append(')');
            } catch (EvalException ex) {
                out.append("eval error: ").append(ex.getMessage());
            }
            System.out.println(out);
        }
        try {
            Lexer lx = new Lexer("foo(12, bar) = -3 ^ x_1");
            StringBuilder toks = new StringBuilder();
            for (Token t = lx.next(); t.type != Token.END; t = lx.next()) toks.append(t).append(' ');
            System.out.println("tokens: " + toks);
        } catch (ParseException ex) {
            System.out.println("?");
        }
    }
}
