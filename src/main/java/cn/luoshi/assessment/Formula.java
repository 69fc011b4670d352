package cn.luoshi.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 自定义计分公式 — a tiny sandboxed expression language for the rare indicator no named method fits. Recursive
 * descent over numbers, named variables (letters, digits, underscore, Chinese characters), {@code + - * /} (also
 * {@code × ÷}), parentheses, comparisons ({@code < <= > >= == !=}, true = 1, false = 0) and the functions
 * {@code min, max, if(c, a, b), abs, round(x[, digits])}. Nothing else: no reflection, no SpEL, no script engine, no
 * loops. Limits: 500 characters, nesting depth 32; an unknown variable, a division by zero or a non-finite result is
 * an error with a Chinese message.
 */
public final class Formula {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_DEPTH = 32;

    private final String text;
    private final Node root;

    private Formula(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses and checks the formula; throws {@link IllegalArgumentException} with a Chinese message. */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("公式不能为空");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("公式过长（最多" + MAX_LENGTH + "个字符）");
        }
        Parser p = new Parser(text);
        Node n = p.expr(0);
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("多余的内容");
        }
        return new Formula(text, n);
    }

    public String text() {
        return text;
    }

    /** The variables the formula reads. */
    public List<String> variables() {
        List<String> out = new ArrayList<>();
        root.vars(out);
        return out;
    }

    /** Evaluates with the given variables. */
    public double evaluate(Map<String, Double> vars) {
        double v = root.eval(vars);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("公式结果不是有限数值");
        }
        return v;
    }

    private interface Node {
        double eval(Map<String, Double> vars);

        default void vars(List<String> out) {
        }
    }

    private record Num(double v) implements Node {
        public double eval(Map<String, Double> vars) {
            return v;
        }
    }

    private record Var(String name) implements Node {
        public double eval(Map<String, Double> vars) {
            Double v = vars.get(name);
            if (v == null) {
                throw new IllegalArgumentException("公式中的变量「" + name + "」没有数值");
            }
            return v;
        }

        public void vars(List<String> out) {
            if (!out.contains(name)) {
                out.add(name);
            }
        }
    }

    private record Neg(Node a) implements Node {
        public double eval(Map<String, Double> vars) {
            return -a.eval(vars);
        }

        public void vars(List<String> out) {
            a.vars(out);
        }
    }

    private record Bin(String op, Node a, Node b) implements Node {
        public double eval(Map<String, Double> vars) {
            double x = a.eval(vars);
            double y = b.eval(vars);
            return switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> {
                    if (y == 0) {
                        throw new IllegalArgumentException("公式中出现除以0");
                    }
                    yield x / y;
                }
                case "<" -> x < y ? 1 : 0;
                case "<=" -> x <= y ? 1 : 0;
                case ">" -> x > y ? 1 : 0;
                case ">=" -> x >= y ? 1 : 0;
                case "==" -> x == y ? 1 : 0;
                case "!=" -> x != y ? 1 : 0;
                default -> throw new IllegalStateException(op);
            };
        }

        public void vars(List<String> out) {
            a.vars(out);
            b.vars(out);
        }
    }

    private record Call(String fn, List<Node> args) implements Node {
        public double eval(Map<String, Double> vars) {
            return switch (fn) {
                case "min" -> Math.min(args.get(0).eval(vars), args.get(1).eval(vars));
                case "max" -> Math.max(args.get(0).eval(vars), args.get(1).eval(vars));
                case "abs" -> Math.abs(args.get(0).eval(vars));
                case "if" -> args.get(0).eval(vars) != 0 ? args.get(1).eval(vars) : args.get(2).eval(vars);
                case "round" -> {
                    int digits = args.size() > 1 ? (int) args.get(1).eval(vars) : 0;
                    if (digits < 0 || digits > 6) {
                        throw new IllegalArgumentException("round 的小数位数须在0到6之间");
                    }
                    yield java.math.BigDecimal.valueOf(args.get(0).eval(vars))
                            .setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue();
                }
                default -> throw new IllegalStateException(fn);
            };
        }

        public void vars(List<String> out) {
            args.forEach(a -> a.vars(out));
        }
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("公式第" + (pos + 1) + "个字符处有误：" + what);
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(String tok) {
            skip();
            if (s.startsWith(tok, pos)) {
                pos += tok.length();
                return true;
            }
            return false;
        }

        void depth(int d) {
            if (d > MAX_DEPTH) {
                throw new IllegalArgumentException("公式嵌套过深（最多" + MAX_DEPTH + "层）");
            }
        }

        // comparison
        Node expr(int d) {
            depth(d);
            Node a = sum(d);
            for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
                if (eat(op)) {
                    return new Bin(op, a, sum(d));
                }
            }
            return a;
        }

        Node sum(int d) {
            Node a = product(d);
            while (true) {
                if (eat("+")) {
                    a = new Bin("+", a, product(d));
                } else if (eat("-") || eat("−")) {
                    a = new Bin("-", a, product(d));
                } else {
                    return a;
                }
            }
        }

        Node product(int d) {
            Node a = unary(d);
            while (true) {
                if (eat("*") || eat("×")) {
                    a = new Bin("*", a, unary(d));
                } else if (eat("/") || eat("÷")) {
                    a = new Bin("/", a, unary(d));
                } else {
                    return a;
                }
            }
        }

        Node unary(int d) {
            depth(d);
            if (eat("-") || eat("−")) {
                return new Neg(unary(d + 1));
            }
            if (eat("+")) {
                return unary(d + 1);
            }
            return atom(d);
        }

        Node atom(int d) {
            skip();
            if (pos >= s.length()) {
                throw error("公式不完整");
            }
            char c = s.charAt(pos);
            if (c == '(' || c == '（') {
                pos++;
                Node n = expr(d + 1);
                if (!eat(")") && !eat("）")) {
                    throw error("缺少右括号");
                }
                return n;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                try {
                    return new Num(Double.parseDouble(s.substring(start, pos)));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("数字格式不对");
                }
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                String name = s.substring(start, pos);
                if (eat("(") || eat("（")) {
                    if (!List.of("min", "max", "abs", "if", "round").contains(name)) {
                        throw new IllegalArgumentException("公式中不允许使用函数「" + name + "」（可用：min、max、if、abs、round）");
                    }
                    List<Node> args = new ArrayList<>();
                    if (!eat(")") && !eat("）")) {
                        do {
                            args.add(expr(d + 1));
                        } while (eat(",") || eat("，"));
                        if (!eat(")") && !eat("）")) {
                            throw error("缺少右括号");
                        }
                    }
                    int arity = args.size();
                    boolean ok = switch (name) {
                        case "min", "max" -> arity == 2;
                        case "abs" -> arity == 1;
                        case "if" -> arity == 3;
                        case "round" -> arity == 1 || arity == 2;
                        default -> false;
                    };
                    if (!ok) {
                        throw new IllegalArgumentException("函数「" + name + "」的参数个数不对");
                    }
                    return new Call(name, List.copyOf(args));
                }
                return new Var(name);
            }
            throw error("不认识的字符「" + c + "」");
        }
    }
}
