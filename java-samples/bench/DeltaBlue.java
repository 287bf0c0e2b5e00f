// DeltaBlue: the incremental dataflow constraint solver of Freeman-Benson,
// Maloney and Borning (CACM 1990), as the Are-We-Fast-Yet suite describes its
// benchmark: a chain of n variables tied by equality constraints, edited at
// one end (the value must reach the other end), and n pairs of variables tied
// by scale-and-offset constraints, edited on either side. Measures virtual
// calls through an abstract constraint, object traffic and the suite's own
// Vector. The inner parameter is n; the solver checks its own results.
import harness.Vector;

public class DeltaBlue extends harness.Benchmark {
    // Strengths: a smaller number is stronger.
    static final int REQUIRED = 0, STRONG_PREFERRED = 1, PREFERRED = 2, STRONG_DEFAULT = 3,
            NORMAL = 4, WEAK_DEFAULT = 5, WEAKEST = 6;

    static boolean stronger(int s1, int s2) { return s1 < s2; }
    static boolean weaker(int s1, int s2) { return s1 > s2; }
    static int weakestOf(int s1, int s2) { return weaker(s1, s2) ? s1 : s2; }

    static final class Variable {
        int value;
        final Vector<Constraint> constraints = new Vector<Constraint>(2);
        Constraint determinedBy;
        int mark;
        int walkStrength = WEAKEST;
        boolean stay = true;
        final String name; // as in the original; only for debugging

        Variable(String name, int value) { this.name = name; this.value = value; }

        void addConstraint(Constraint c) { constraints.append(c); }

        void removeConstraint(Constraint c) {
            constraints.remove(c);
            if (determinedBy == c) determinedBy = null;
        }
    }

    static abstract class Constraint {
        final Planner planner;
        final int strength;

        Constraint(Planner planner, int strength) { this.planner = planner; this.strength = strength; }

        abstract void addToGraph();
        abstract void removeFromGraph();
        abstract void chooseMethod(int mark);
        abstract boolean isSatisfied();
        abstract void markInputs(int mark);
        abstract Variable output();
        abstract void recalculate();
        abstract void markUnsatisfied();
        abstract boolean inputsKnown(int mark);
        abstract void execute();

        boolean isInput() { return false; }

        /** Adds this constraint to the graph and satisfies it if it can. */
        void addConstraint() {
            addToGraph();
            planner.incrementalAdd(this);
        }

        /**
         * Satisfies this constraint, if it can, by choosing a method; returns the
         * constraint it overrode (which must now be re-satisfied), or null.
         */
        Constraint satisfy(int mark) {
            chooseMethod(mark);
            if (!isSatisfied()) {
                if (strength == REQUIRED) throw new IllegalStateException("Could not satisfy a required constraint");
                return null;
            }
            markInputs(mark);
            Variable out = output();
            Constraint overridden = out.determinedBy;
            if (overridden != null) overridden.markUnsatisfied();
            out.determinedBy = this;
            if (!planner.addPropagate(this, mark)) throw new IllegalStateException("Cycle encountered");
            out.mark = mark;
            return overridden;
        }

        void destroyConstraint() {
            if (isSatisfied()) planner.incrementalRemove(this); // which also removes it from the graph
            else removeFromGraph();
        }
    }

    static abstract class UnaryConstraint extends Constraint {
        final Variable myOutput;
        boolean satisfied;

        UnaryConstraint(Planner planner, Variable v, int strength) {
            super(planner, strength);
            myOutput = v;
        }

        void addToGraph() {
            myOutput.addConstraint(this);
            satisfied = false;
        }

        void removeFromGraph() {
            myOutput.removeConstraint(this);
            satisfied = false;
        }

        void chooseMethod(int mark) { satisfied = myOutput.mark != mark && stronger(strength, myOutput.walkStrength); }
        boolean isSatisfied() { return satisfied; }
        void markInputs(int mark) { }
        Variable output() { return myOutput; }

        void recalculate() {
            myOutput.walkStrength = strength;
            myOutput.stay = !isInput();
            if (myOutput.stay) execute();
        }

        void markUnsatisfied() { satisfied = false; }
        boolean inputsKnown(int mark) { return true; }
    }

    /** Keeps a variable's value where it is (unless something stronger changes it). */
    static final class StayConstraint extends UnaryConstraint {
        StayConstraint(Planner planner, Variable v, int strength) {
            super(planner, v, strength);
            addConstraint();
        }

        void execute() { } // stay: the value is already where it should be
    }

    /** Marks a variable as being changed from outside (by the program "editing" it). */
    static final class EditConstraint extends UnaryConstraint {
        EditConstraint(Planner planner, Variable v, int strength) {
            super(planner, v, strength);
            addConstraint();
        }

        boolean isInput() { return true; }
        void execute() { } // the edit itself sets the value
    }

    static final int NONE = 0, FORWARD = 1, BACKWARD = -1;

    static abstract class BinaryConstraint extends Constraint {
        final Variable v1, v2;
        int direction = NONE;

        BinaryConstraint(Planner planner, Variable v1, Variable v2, int strength) {
            super(planner, strength);
            this.v1 = v1;
            this.v2 = v2;
        }

        void chooseMethod(int mark) {
            if (v1.mark == mark) {
                direction = v2.mark != mark && stronger(strength, v2.walkStrength) ? FORWARD : NONE;
                return;
            }
            if (v2.mark == mark) {
                direction = v1.mark != mark && stronger(strength, v1.walkStrength) ? BACKWARD : NONE;
                return;
            }
            if (weaker(v1.walkStrength, v2.walkStrength)) {
                direction = stronger(strength, v1.walkStrength) ? BACKWARD : NONE;
            } else {
                direction = stronger(strength, v2.walkStrength) ? FORWARD : NONE;
            }
        }

        void addToGraph() {
            v1.addConstraint(this);
            v2.addConstraint(this);
            direction = NONE;
        }

        void removeFromGraph() {
            v1.removeConstraint(this);
            v2.removeConstraint(this);
            direction = NONE;
        }

        boolean isSatisfied() { return direction != NONE; }
        void markInputs(int mark) { input().mark = mark; }
        Variable input() { return direction == FORWARD ? v1 : v2; }
        Variable output() { return direction == FORWARD ? v2 : v1; }

        void recalculate() {
            Variable in = input(), out = output();
            out.walkStrength = weakestOf(strength, in.walkStrength);
            out.stay = in.stay;
            if (out.stay) execute();
        }

        void markUnsatisfied() { direction = NONE; }

        boolean inputsKnown(int mark) {
            Variable in = input();
            return in.mark == mark || in.stay || in.determinedBy == null;
        }
    }

    /** v1 = v2 (in whichever direction the solver chooses). */
    static final class EqualityConstraint extends BinaryConstraint {
        EqualityConstraint(Planner planner, Variable v1, Variable v2, int strength) {
            super(planner, v1, v2, strength);
            addConstraint();
        }

        void execute() { output().value = input().value; }
    }

    /** dest = src * scale + offset (or src = (dest - offset) / scale backwards). */
    static final class ScaleConstraint extends BinaryConstraint {
        final Variable scale, offset;

        ScaleConstraint(Planner planner, Variable src, Variable scale, Variable offset, Variable dest, int strength) {
            super(planner, src, dest, strength);
            this.scale = scale;
            this.offset = offset;
            addConstraint();
        }

        void addToGraph() {
            super.addToGraph();
            scale.addConstraint(this);
            offset.addConstraint(this);
        }

        void removeFromGraph() {
            super.removeFromGraph();
            scale.removeConstraint(this);
            offset.removeConstraint(this);
        }

        void markInputs(int mark) {
            super.markInputs(mark);
            scale.mark = mark;
            offset.mark = mark;
        }

        void execute() {
            if (direction == FORWARD) v2.value = v1.value * scale.value + offset.value;
            else v1.value = (v2.value - offset.value) / scale.value;
        }

        void recalculate() {
            Variable in = input(), out = output();
            out.walkStrength = weakestOf(strength, in.walkStrength);
            out.stay = in.stay && scale.stay && offset.stay;
            if (out.stay) execute();
        }
    }

    /** An ordered list of constraints to execute to propagate an edit. */
    static final class Plan {
        final Vector<Constraint> constraints = new Vector<Constraint>();

        void execute() {
            for (int i = 0; i < constraints.size(); i++) constraints.at(i).execute();
        }
    }

    static final class Planner {
        int currentMark;

        int newMark() { return ++currentMark; }

        void incrementalAdd(Constraint c) {
            int mark = newMark();
            Constraint overridden = c.satisfy(mark);
            while (overridden != null) overridden = overridden.satisfy(mark);
        }

        void incrementalRemove(Constraint c) {
            Variable out = c.output();
            c.markUnsatisfied();
            c.removeFromGraph();
            Vector<Constraint> unsatisfied = removePropagateFrom(out);
            int strength = REQUIRED;
            do {
                for (int i = 0; i < unsatisfied.size(); i++) {
                    Constraint u = unsatisfied.at(i);
                    if (u.strength == strength) incrementalAdd(u);
                }
                strength++;
            } while (strength != WEAKEST);
        }

        Plan makePlan(Vector<Constraint> sources) {
            int mark = newMark();
            Plan plan = new Plan();
            Vector<Constraint> todo = sources;
            while (!todo.isEmpty()) {
                Constraint c = todo.removeFirst();
                if (c.output().mark != mark && c.inputsKnown(mark)) {
                    plan.constraints.append(c);
                    c.output().mark = mark;
                    addConstraintsConsumingTo(c.output(), todo);
                }
            }
            return plan;
        }

        Plan extractPlanFromConstraints(Vector<Constraint> constraints) {
            Vector<Constraint> sources = new Vector<Constraint>();
            for (int i = 0; i < constraints.size(); i++) {
                Constraint c = constraints.at(i);
                if (c.isInput() && c.isSatisfied()) sources.append(c);
            }
            return makePlan(sources);
        }

        /** Recomputes the walkabout strengths downstream of c; false if that meets a cycle. */
        boolean addPropagate(Constraint c, int mark) {
            Vector<Constraint> todo = Vector.with(c);
            while (!todo.isEmpty()) {
                Constraint d = todo.removeFirst();
                if (d.output().mark == mark) {
                    incrementalRemove(c);
                    return false;
                }
                d.recalculate();
                addConstraintsConsumingTo(d.output(), todo);
            }
            return true;
        }

        Vector<Constraint> removePropagateFrom(Variable out) {
            out.determinedBy = null;
            out.walkStrength = WEAKEST;
            out.stay = true;
            Vector<Constraint> unsatisfied = new Vector<Constraint>();
            Vector<Variable> todo = Vector.with(out);
            while (!todo.isEmpty()) {
                Variable v = todo.removeFirst();
                for (int i = 0; i < v.constraints.size(); i++) {
                    Constraint c = v.constraints.at(i);
                    if (!c.isSatisfied()) unsatisfied.append(c);
                }
                Constraint determining = v.determinedBy;
                for (int i = 0; i < v.constraints.size(); i++) {
                    Constraint next = v.constraints.at(i);
                    if (next != determining && next.isSatisfied()) {
                        next.recalculate();
                        todo.append(next.output());
                    }
                }
            }
            return unsatisfied;
        }

        void addConstraintsConsumingTo(Variable v, Vector<Constraint> coll) {
            Constraint determining = v.determinedBy;
            for (int i = 0; i < v.constraints.size(); i++) {
                Constraint c = v.constraints.at(i);
                if (c != determining && c.isSatisfied()) coll.append(c);
            }
        }

        /** Edits v to newValue ten times through a plan, then removes the edit. */
        void change(Variable v, int newValue) {
            EditConstraint edit = new EditConstraint(this, v, PREFERRED);
            Plan plan = extractPlanFromConstraints(Vector.<Constraint>with(edit));
            for (int i = 0; i < 10; i++) {
                v.value = newValue;
                plan.execute();
            }
            edit.destroyConstraint();
        }
    }

    /** A chain v0 = v1 = ... = vn; editing v0 must set vn. */
    static boolean chainTest(int n) {
        Planner planner = new Planner();
        Variable first = null, last = null, prev = null;
        for (int i = 0; i <= n; i++) {
            Variable v = new Variable("v" + i, 0);
            if (prev != null) new EqualityConstraint(planner, prev, v, REQUIRED);
            if (i == 0) first = v;
            if (i == n) last = v;
            prev = v;
        }
        new StayConstraint(planner, last, STRONG_DEFAULT);
        EditConstraint edit = new EditConstraint(planner, first, PREFERRED);
        Plan plan = planner.extractPlanFromConstraints(Vector.<Constraint>with(edit));
        for (int i = 0; i < 100; i++) {
            first.value = i;
            plan.execute();
            if (last.value != i) return false;
        }
        return true;
    }

    /** n pairs dst = src * scale + offset, edited on each side and through scale and offset. */
    static boolean projectionTest(int n) {
        Planner planner = new Planner();
        Variable scale = new Variable("scale", 10);
        Variable offset = new Variable("offset", 1000);
        Variable src = null, dst = null;
        Vector<Variable> dests = new Vector<Variable>();
        for (int i = 0; i < n; i++) {
            src = new Variable("src" + i, i);
            dst = new Variable("dst" + i, i);
            dests.append(dst);
            new StayConstraint(planner, src, NORMAL);
            new ScaleConstraint(planner, src, scale, offset, dst, REQUIRED);
        }
        planner.change(src, 17);
        if (dst.value != 1170) return false;
        planner.change(dst, 1050);
        if (src.value != 5) return false;
        planner.change(scale, 5);
        for (int i = 0; i < n - 1; i++) {
            if (dests.at(i).value != i * 5 + 1000) return false;
        }
        planner.change(offset, 2000);
        for (int i = 0; i < n - 1; i++) {
            if (dests.at(i).value != i * 5 + 2000) return false;
        }
        return true;
    }

    public boolean innerBenchmarkLoop(int n) {
        return chainTest(n) && projectionTest(n);
    }

    public static void main(String[] args) { harness.Run.main(new DeltaBlue(), args, 1, 20); }
}
