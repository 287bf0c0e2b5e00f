class P {
    String name = "P.name";
    static String sname = "P.sname";
    int x = 1;
    String getName() { return name; }
    String show() { return "P.show sees x=" + x + " name=" + name; }
}

class Q extends P {
    String name = "Q.name";          // hides P.name
    static String sname = "Q.sname"; // hides P.sname
    long x = 2;                      // hides with a different type
    String getName() { return name; }
    String both() { return name + " / " + super.name + " / " + ((P) this).name + " / " + x + " / " + super.x; }
    String show() { return "Q.show sees x=" + x + " super.show: " + super.show(); }
}

class R extends Q {
    String name = "R.name";
    String all() { return name + " | " + super.name + " | " + ((P) this).name + " | " + ((Q) this).name; }
}

interface HasConst {
    int VALUE = 10;
    String TAG = "iface";
}

class UsesConst implements HasConst {
    int VALUE = 20;   // instance field hides interface constant
    int both() { return VALUE + HasConst.VALUE; }
}

class Outer {
    int v = 1;
    class Inner {
        int v = 2;
        int sum(int v) { return v + this.v + Outer.this.v; }
    }
}

class Shadow {
    static int count = 5;
    int field = 100;
    int local() {
        int field = 7;              // local shadows field
        int count = 3;
        return field * 1000 + this.field + count * 10 + Shadow.count;
    }
}

public class FieldHiding {
    public static void main(String[] args) {
        Q q = new Q();
        P p = q;
        System.out.println(p.name + " " + q.name + " " + p.getName() + " " + q.getName());
        System.out.println(p.x + " " + q.x);
        System.out.println(q.both());
        System.out.println(p.show());
        System.out.println(P.sname + " " + Q.sname);
        q.name = "changed Q";
        p.name = "changed P";
        System.out.println(q.both());
        R r = new R();
        System.out.println(r.all());
        System.out.println(((P) r).getName());
        UsesConst u = new UsesConst();
        HasConst h = u;
        System.out.println(u.VALUE + " " + HasConst.VALUE + " " + u.both() + " " + HasConst.TAG);
        System.out.println(h instanceof UsesConst);
        Outer o = new Outer();
        Outer.Inner in = o.new Inner();
        System.out.println(in.sum(3));
        o.v = 50;
        System.out.println(in.sum(3));
        System.out.println(new Shadow().local());
    }
}
