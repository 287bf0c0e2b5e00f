public class Args {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
        }
        int sum = 0;
        for (String a : args) {
            try {
                sum += Integer.parseInt(a);
            } catch (NumberFormatException e) {
                System.out.println("not an int: " + e.getMessage());
            }
        }
        System.out.println("sum of int args " + sum);
        double d = 0;
        for (String a : args) {
            if (a.indexOf('.') >= 0) d += Double.parseDouble(a);
        }
        System.out.println("sum of decimal args " + d);
        // exit code depends on the arguments: 0 args -> 0, otherwise number of args modulo 256 (6 -> 6)
        System.out.println("exiting with " + args.length);
        System.exit(args.length);
    }
}
