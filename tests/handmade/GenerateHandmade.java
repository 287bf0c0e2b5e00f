// Writes hand-made class files for instructions and forms that javac never
// emits (jsr/ret, jsr_w/goto_w, swap, the dup2_x* forms, wide instructions,
// unbalanced monitors, ...), one program per directory:
//
//   java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED \
//        GenerateHandmade.java OUT_DIR      ->  OUT_DIR/<Name>/<Name>.class
//
// Each program is a class whose main method runs a list of cases; each case is a
// static method run inside a try/catch that prints the class of whatever it
// throws. The programs print with System.out.println only, so the differential
// runner can compare Cortado's output with HotSpot's (tests/handmade/CMakeLists.txt).
// Class files of version 49 need no StackMapTable (HotSpot verifies them with the
// old type-inferencing verifier, which also accepts jsr/ret); the others are
// version 52 with frames computed by ASM.

import static jdk.internal.org.objectweb.asm.Opcodes.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Handle;
import jdk.internal.org.objectweb.asm.Label;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Type;

public class GenerateHandmade {
    static final int GOTO_W = 200, JSR_W = 201;
    static Path outRoot;

    public static void main(String[] args) throws IOException {
        outRoot = Path.of(args[0]);
        subroutines();
        wideJumps();
        stackOps();
        switches();
        wideLocals();
        floatCompare();
        constants();
        monitors();
        nullOps();
        typeOps();
        arrays();
        fieldNarrowing();
        invokedynamic();
        nestsAndSealed();
    }

    // ------------------------------------------------------------------------
    // A program under construction: a class with helpers to print values, a
    // list of case methods, and a main method calling each case.
    static final class Program {
        final String name;
        final ClassWriter cw;
        final boolean frames;
        final List<String> cases = new ArrayList<>();

        Program(String name, int version) {
            this.name = name;
            this.frames = version >= V1_6;
            cw = new ClassWriter(frames ? ClassWriter.COMPUTE_FRAMES : ClassWriter.COMPUTE_MAXS);
            cw.visit(version, ACC_PUBLIC | ACC_SUPER, name, null, "java/lang/Object", null);
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            for (String t : new String[] {"I", "J", "F", "D", "C", "Z", "Ljava/lang/Object;"}) showHelper(t);
            MethodVisitor say = cw.visitMethod(ACC_STATIC, "say", "(Ljava/lang/String;)V", null, null);
            say.visitCode();
            say.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
            say.visitVarInsn(ALOAD, 0);
            say.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
            say.visitInsn(RETURN);
            say.visitMaxs(0, 0);
            say.visitEnd();
        }

        // static void show(T value, String label): prints "label=value".
        private void showHelper(String t) {
            MethodVisitor mv = cw.visitMethod(ACC_STATIC, "show", "(" + t + "Ljava/lang/String;)V", null, null);
            mv.visitCode();
            Type type = Type.getType(t);
            int labelSlot = type.getSize();
            mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
            mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
            mv.visitVarInsn(ALOAD, labelSlot);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
            mv.visitLdcInsn("=");
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
            mv.visitVarInsn(type.getOpcode(ILOAD), 0);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(" + t + ")Ljava/lang/StringBuilder;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        // A new case method, static void name(); the caller ends it with end(mv).
        MethodVisitor newCase(String caseName) {
            cases.add(caseName);
            return method(ACC_STATIC, caseName, "()V");
        }

        MethodVisitor method(int access, String methodName, String desc) {
            MethodVisitor mv = cw.visitMethod(access, methodName, desc, null, null);
            mv.visitCode();
            return mv;
        }

        void write() throws IOException {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
            mv.visitCode();
            for (String c : cases) {
                Label start = new Label(), end = new Label(), handler = new Label(), done = new Label();
                mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
                mv.visitLdcInsn("== " + c);
                mv.visitMethodInsn(INVOKESTATIC, name, "say", "(Ljava/lang/String;)V", false);
                mv.visitLabel(start);
                mv.visitMethodInsn(INVOKESTATIC, name, c, "()V", false);
                mv.visitLabel(end);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(handler);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
                mv.visitLdcInsn(c + " threw");
                mv.visitMethodInsn(INVOKESTATIC, name, "show", "(Ljava/lang/Object;Ljava/lang/String;)V", false);
                mv.visitLabel(done);
            }
            mv.visitLdcInsn("done");
            mv.visitMethodInsn(INVOKESTATIC, name, "say", "(Ljava/lang/String;)V", false);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            writeClass(name, name, cw.toByteArray());
        }

        // Emitters for the code of a case.
        void say(MethodVisitor mv, String text) {
            mv.visitLdcInsn(text);
            mv.visitMethodInsn(INVOKESTATIC, name, "say", "(Ljava/lang/String;)V", false);
        }

        // Prints the value on top of the stack (of descriptor type t) as "label=value".
        void show(MethodVisitor mv, String t, String label) {
            mv.visitLdcInsn(label);
            if (t.startsWith("L") || t.startsWith("[")) t = "Ljava/lang/Object;";
            mv.visitMethodInsn(INVOKESTATIC, name, "show", "(" + t + "Ljava/lang/String;)V", false);
        }
    }

    static void writeClass(String dir, String className, byte[] bytes) throws IOException {
        Path d = outRoot.resolve(dir);
        Files.createDirectories(d);
        Files.write(d.resolve(className + ".class"), bytes);
    }

    static void end(MethodVisitor mv) {
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    static void iconst(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

    // ------------------------------------------------------------------------
    // jsr/ret subroutines as javac emitted them before class version 50.
    static void subroutines() throws IOException {
        Program p = new Program("Subroutines", V1_5);
        p.cw.visitField(ACC_STATIC, "count", "I", null, null).visitEnd();

        // static int tryFinally(int x) { try { if (x < 0) throw new IllegalStateException(); return x * 2; }
        //                                finally { count++; show(count) } }  -- the subroutine has two callers.
        {
            MethodVisitor mv = p.method(ACC_STATIC, "tryFinally", "(I)I");
            Label tryStart = new Label(), tryEnd = new Label(), handler = new Label(), ok = new Label(), sub = new Label();
            mv.visitTryCatchBlock(tryStart, tryEnd, handler, null);
            mv.visitLabel(tryStart);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitJumpInsn(IFGE, ok);
            mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
            mv.visitInsn(ATHROW);
            mv.visitLabel(ok);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitInsn(ICONST_2);
            mv.visitInsn(IMUL);
            mv.visitVarInsn(ISTORE, 1);
            mv.visitLabel(tryEnd);
            mv.visitJumpInsn(JSR, sub);
            mv.visitVarInsn(ILOAD, 1);
            mv.visitInsn(IRETURN);
            mv.visitLabel(handler);
            mv.visitVarInsn(ASTORE, 2);
            mv.visitJumpInsn(JSR, sub);
            mv.visitVarInsn(ALOAD, 2);
            mv.visitInsn(ATHROW);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 3);
            mv.visitFieldInsn(GETSTATIC, p.name, "count", "I");
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IADD);
            mv.visitFieldInsn(PUTSTATIC, p.name, "count", "I");
            mv.visitFieldInsn(GETSTATIC, p.name, "count", "I");
            p.show(mv, "I", "finally count");
            mv.visitVarInsn(RET, 3);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        {
            MethodVisitor mv = p.newCase("finallyNormal");
            mv.visitIntInsn(BIPUSH, 21);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "tryFinally", "(I)I", false);
            p.show(mv, "I", "tryFinally(21)");
            end(mv);
            mv = p.newCase("finallyThrows");
            mv.visitInsn(ICONST_M1);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "tryFinally", "(I)I", false);
            p.show(mv, "I", "tryFinally(-1)");
            end(mv);
        }
        // Nested subroutines: A calls B; A is called twice, C once.
        {
            MethodVisitor mv = p.newCase("nested");
            Label a = new Label(), b = new Label(), c = new Label(), done = new Label();
            mv.visitJumpInsn(JSR, a);
            p.say(mv, "back from A (1)");
            mv.visitJumpInsn(JSR, c);
            p.say(mv, "back from C");
            mv.visitJumpInsn(JSR, a);
            p.say(mv, "back from A (2)");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(a);
            mv.visitVarInsn(ASTORE, 0);
            p.say(mv, "A start");
            mv.visitJumpInsn(JSR, b);
            p.say(mv, "A end");
            mv.visitVarInsn(RET, 0);
            mv.visitLabel(b);
            mv.visitVarInsn(ASTORE, 1);
            p.say(mv, "B");
            mv.visitVarInsn(RET, 1);
            mv.visitLabel(c);
            mv.visitVarInsn(ASTORE, 2);
            p.say(mv, "C");
            mv.visitVarInsn(RET, 2);
            mv.visitLabel(done);
            end(mv);
        }
        // A nested subroutine that returns straight to its caller's caller (JVMS 4.10.2.5 allows
        // a ret to the return address of an enclosing subroutine).
        {
            MethodVisitor mv = p.newCase("retToOuter");
            Label a = new Label(), b = new Label(), done = new Label();
            mv.visitJumpInsn(JSR, a);
            p.say(mv, "back at top level");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(a);
            mv.visitVarInsn(ASTORE, 0);
            p.say(mv, "A");
            mv.visitJumpInsn(JSR, b);
            p.say(mv, "unreachable: B returns to the top level");
            mv.visitVarInsn(RET, 0);
            mv.visitLabel(b);
            mv.visitVarInsn(ASTORE, 1);
            p.say(mv, "B returns with A's address");
            mv.visitVarInsn(RET, 0);
            mv.visitLabel(done);
            end(mv);
        }
        // A subroutine called 1000 times from a loop, accumulating into a local.
        {
            MethodVisitor mv = p.newCase("loop");
            Label top = new Label(), sub = new Label(), exit = new Label();
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 0); // i
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 1); // sum
            mv.visitLabel(top);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitIntInsn(SIPUSH, 1000);
            mv.visitJumpInsn(IF_ICMPGE, exit);
            mv.visitJumpInsn(JSR, sub);
            mv.visitIincInsn(0, 1);
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 2);
            mv.visitVarInsn(ILOAD, 1);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitInsn(IADD);
            mv.visitVarInsn(ISTORE, 1);
            mv.visitVarInsn(RET, 2);
            mv.visitLabel(exit);
            mv.visitVarInsn(ILOAD, 1);
            p.show(mv, "I", "sum");
            end(mv);
        }
        // The return address kept in local 300: wide astore, wide ret; reached by jsr and jsr_w.
        {
            MethodVisitor mv = p.newCase("wideRet");
            Label sub = new Label(), done = new Label();
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 301);
            mv.visitJumpInsn(JSR, sub);
            mv.visitVarInsn(ILOAD, 301);
            p.show(mv, "I", "after jsr");
            mv.visitJumpInsn(JSR_W, sub);
            mv.visitVarInsn(ILOAD, 301);
            p.show(mv, "I", "after jsr_w");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 300);
            mv.visitIincInsn(301, 7);
            mv.visitVarInsn(RET, 300);
            mv.visitLabel(done);
            end(mv);
        }
        // jsr_w into a subroutine that uses jsr_w itself, and goto_w around them.
        {
            MethodVisitor mv = p.newCase("jsrW");
            Label a = new Label(), b = new Label(), done = new Label();
            mv.visitJumpInsn(JSR_W, a);
            p.say(mv, "back from A");
            mv.visitJumpInsn(GOTO_W, done);
            mv.visitLabel(b);
            mv.visitVarInsn(ASTORE, 1);
            p.say(mv, "in B");
            mv.visitVarInsn(RET, 1);
            mv.visitLabel(a);
            mv.visitVarInsn(ASTORE, 0);
            p.say(mv, "in A");
            mv.visitJumpInsn(JSR_W, b);
            p.say(mv, "A after B");
            mv.visitVarInsn(RET, 0);
            mv.visitLabel(done);
            end(mv);
        }
        // A subroutine that throws; the caller's handler covers the jsr.
        {
            MethodVisitor mv = p.method(ACC_STATIC, "throwingSub", "(I)V");
            Label start = new Label(), stop = new Label(), handler = new Label(), sub = new Label(), skip = new Label(),
                    done = new Label();
            mv.visitTryCatchBlock(start, stop, handler, "java/lang/ArithmeticException");
            mv.visitLabel(start);
            mv.visitJumpInsn(JSR, sub);
            mv.visitLabel(stop);
            p.say(mv, "subroutine returned");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", "caught from subroutine");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitInsn(ICONST_1);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitInsn(IDIV); // throws when x == 0
            mv.visitInsn(POP);
            mv.visitLabel(skip);
            mv.visitVarInsn(RET, 1);
            mv.visitLabel(done);
            end(mv);
            mv = p.newCase("throwingSubroutine");
            mv.visitInsn(ICONST_1);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "throwingSub", "(I)V", false);
            mv.visitInsn(ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "throwingSub", "(I)V", false);
            end(mv);
        }
        // A subroutine that never returns (pops its return address), as javac did for
        // "return" inside finally; and one whose return address is duplicated first.
        {
            MethodVisitor mv = p.newCase("noRet");
            Label sub = new Label();
            mv.visitJumpInsn(JSR, sub);
            p.say(mv, "unreachable");
            mv.visitInsn(RETURN);
            mv.visitLabel(sub);
            mv.visitInsn(POP);
            p.say(mv, "subroutine popped its return address");
            end(mv);
            mv = p.newCase("dupReturnAddress");
            Label sub2 = new Label(), done = new Label();
            mv.visitJumpInsn(JSR, sub2);
            p.say(mv, "returned via copy");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(sub2);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitVarInsn(RET, 1);
            mv.visitLabel(done);
            end(mv);
        }
        // A subroutine that allocates (so a collection may run inside it) while local 1
        // holds a reference at one call site and an int at the other: the reference
        // maps must not take the int for a pointer nor lose the reference.
        {
            MethodVisitor mv = p.newCase("gcInSubroutine");
            Label sub = new Label(), top = new Label(), exit = new Label(), done = new Label();
            mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
            mv.visitInsn(DUP);
            mv.visitLdcInsn("survivor");
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", false);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitJumpInsn(JSR, sub);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "toString", "()Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", "local 1 (reference)");
            mv.visitLdcInsn(0x12345678);
            mv.visitVarInsn(ISTORE, 1);
            mv.visitJumpInsn(JSR, sub);
            mv.visitVarInsn(ILOAD, 1);
            p.show(mv, "I", "local 1 (int)");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 2);
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, 3);
            mv.visitLabel(top);
            mv.visitVarInsn(ILOAD, 2);
            mv.visitIntInsn(SIPUSH, 20000);
            mv.visitJumpInsn(IF_ICMPGE, exit);
            mv.visitIntInsn(BIPUSH, 64);
            mv.visitIntInsn(NEWARRAY, T_INT);
            mv.visitVarInsn(ASTORE, 3);
            mv.visitIincInsn(2, 1);
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(exit);
            mv.visitVarInsn(ALOAD, 3);
            mv.visitInsn(ARRAYLENGTH);
            p.show(mv, "I", "last array length");
            mv.visitVarInsn(RET, 0);
            mv.visitLabel(done);
            end(mv);
        }
        // Values in locals and on the stack survive the subroutine (long/double, references).
        {
            MethodVisitor mv = p.newCase("localsAcross");
            Label sub = new Label(), done = new Label();
            mv.visitLdcInsn(1234567890123L);
            mv.visitVarInsn(LSTORE, 0);
            mv.visitLdcInsn(2.5);
            mv.visitVarInsn(DSTORE, 2);
            mv.visitLdcInsn("kept");
            mv.visitIntInsn(BIPUSH, 42);
            mv.visitJumpInsn(JSR, sub);
            p.show(mv, "I", "stack int");
            p.show(mv, "Ljava/lang/Object;", "stack ref");
            mv.visitVarInsn(LLOAD, 0);
            p.show(mv, "J", "long local");
            mv.visitVarInsn(DLOAD, 2);
            p.show(mv, "D", "double local");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 4);
            mv.visitVarInsn(LLOAD, 0);
            mv.visitInsn(LCONST_1);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, 0);
            mv.visitVarInsn(DLOAD, 2);
            mv.visitInsn(DUP2);
            mv.visitInsn(DADD);
            mv.visitVarInsn(DSTORE, 2);
            mv.visitVarInsn(RET, 4);
            mv.visitLabel(done);
            end(mv);
        }
        p.write();
    }

    // ------------------------------------------------------------------------
    // goto_w/jsr_w on short distances, and a method over 32 KB whose branches
    // need the wide forms (ASM rewrites them: inverted condition + goto_w).
    static void wideJumps() throws IOException {
        Program p = new Program("WideJumps", V1_5);
        {
            MethodVisitor mv = p.newCase("shortGotoW");
            Label top = new Label(), body = new Label(), exit = new Label();
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 0);
            mv.visitJumpInsn(GOTO_W, body); // forward
            mv.visitLabel(top);
            mv.visitIincInsn(0, 3);
            mv.visitLabel(body);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitIntInsn(BIPUSH, 30);
            mv.visitJumpInsn(IF_ICMPGE, exit);
            mv.visitJumpInsn(GOTO_W, top); // backward
            mv.visitLabel(exit);
            mv.visitVarInsn(ILOAD, 0);
            p.show(mv, "I", "counted to");
            end(mv);
        }
        // static int huge(int x): a loop whose body is ~36 KB, a forward branch over the
        // whole body, and a tableswitch whose targets are more than 32 KB away.
        {
            MethodVisitor mv = p.method(ACC_STATIC, "huge", "(I)I");
            Label top = new Label(), skipAll = new Label(), sw1 = new Label(), sw2 = new Label(), dflt = new Label(),
                    after = new Label();
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 1); // i
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 2); // sum
            mv.visitVarInsn(ILOAD, 0);
            mv.visitJumpInsn(IFLT, skipAll); // forward over > 32 KB
            mv.visitLabel(top);
            for (int k = 0; k < 6000; ++k) {
                mv.visitVarInsn(ILOAD, 2);
                mv.visitIntInsn(SIPUSH, (k * 37) % 1000 - 500);
                mv.visitInsn(IADD);
                mv.visitVarInsn(ISTORE, 2);
            }
            mv.visitIincInsn(1, 1);
            mv.visitVarInsn(ILOAD, 1);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitJumpInsn(IF_ICMPLT, top); // backward over > 32 KB
            mv.visitLabel(skipAll);
            mv.visitVarInsn(ILOAD, 2);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitTableSwitchInsn(0, 1, dflt, sw1, sw2);
            mv.visitLabel(sw1);
            mv.visitIntInsn(SIPUSH, 10000);
            mv.visitInsn(IADD);
            mv.visitJumpInsn(GOTO, after);
            mv.visitLabel(sw2);
            mv.visitIntInsn(SIPUSH, 20000);
            mv.visitInsn(IADD);
            mv.visitJumpInsn(GOTO, after);
            mv.visitLabel(dflt);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitLookupSwitchInsn(after, new int[] {-1, 3}, new Label[] {sw1, sw2});
            mv.visitLabel(after);
            mv.visitInsn(IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            for (int x : new int[] {-1, 0, 1, 2, 3}) {
                mv = p.newCase("huge_" + (x < 0 ? "m" + -x : "" + x));
                iconst(mv, x);
                mv.visitMethodInsn(INVOKESTATIC, p.name, "huge", "(I)I", false);
                p.show(mv, "I", "huge(" + x + ")");
                end(mv);
            }
        }
        p.write();
    }

    // ------------------------------------------------------------------------
    // swap, pop2, dup2 and the dup_x forms of JVMS 6.5 with every category mix.
    static void stackOps() throws IOException {
        Program p = new Program("StackOps", V1_8);
        final long L1 = 0x1111_2222_3333_4444L, L2 = -0x5555_6666_7777_8888L;
        // Each case pushes values, runs one instruction, then prints the stack from the top down.
        record Case(String name, Object[] push, int op, String[] result) {}
        List<Case> list = new ArrayList<>();
        list.add(new Case("swap_ints", new Object[] {1, 2}, SWAP, new String[] {"I", "I"}));
        list.add(new Case("swap_refs", new Object[] {"a", "b"}, SWAP, new String[] {"A", "A"}));
        list.add(new Case("swap_int_ref", new Object[] {7, "r"}, SWAP, new String[] {"I", "A"}));
        list.add(new Case("swap_float_int", new Object[] {1.5f, 9}, SWAP, new String[] {"F", "I"}));
        list.add(new Case("pop_", new Object[] {1, 2}, POP, new String[] {"I"}));
        list.add(new Case("pop2_two_ints", new Object[] {7, 8, 9}, POP2, new String[] {"I"}));
        list.add(new Case("pop2_int_ref", new Object[] {7, 8, "x"}, POP2, new String[] {"I"}));
        list.add(new Case("pop2_long", new Object[] {3, L1}, POP2, new String[] {"I"}));
        list.add(new Case("pop2_double", new Object[] {4, 2.75}, POP2, new String[] {"I"}));
        list.add(new Case("dup_", new Object[] {"d"}, DUP, new String[] {"A", "A"}));
        list.add(new Case("dup2_ints", new Object[] {1, 2}, DUP2, new String[] {"I", "I", "I", "I"}));
        list.add(new Case("dup2_ref_float", new Object[] {"s", 0.5f}, DUP2, new String[] {"F", "A", "F", "A"}));
        list.add(new Case("dup2_long", new Object[] {L1}, DUP2, new String[] {"J", "J"}));
        list.add(new Case("dup2_double", new Object[] {-0.0}, DUP2, new String[] {"D", "D"}));
        list.add(new Case("dup_x1", new Object[] {1, 2}, DUP_X1, new String[] {"I", "I", "I"}));
        list.add(new Case("dup_x1_refs", new Object[] {"under", "top"}, DUP_X1, new String[] {"A", "A", "A"}));
        list.add(new Case("dup_x2_form1", new Object[] {1, 2, 3}, DUP_X2, new String[] {"I", "I", "I", "I"}));
        list.add(new Case("dup_x2_form2_long", new Object[] {L1, 3}, DUP_X2, new String[] {"I", "J", "I"}));
        list.add(new Case("dup_x2_form2_double", new Object[] {1e300, "v"}, DUP_X2, new String[] {"A", "D", "A"}));
        list.add(new Case("dup2_x1_form1", new Object[] {1, 2, 3}, DUP2_X1, new String[] {"I", "I", "I", "I", "I"}));
        list.add(new Case("dup2_x1_form1_mixed", new Object[] {"a", 2.5f, 3}, DUP2_X1,
                new String[] {"I", "F", "A", "I", "F"}));
        list.add(new Case("dup2_x1_form2_long", new Object[] {1, L1}, DUP2_X1, new String[] {"J", "I", "J"}));
        list.add(new Case("dup2_x1_form2_double", new Object[] {"u", -1.25}, DUP2_X1, new String[] {"D", "A", "D"}));
        list.add(new Case("dup2_x2_form1", new Object[] {1, 2, 3, 4}, DUP2_X2,
                new String[] {"I", "I", "I", "I", "I", "I"}));
        list.add(new Case("dup2_x2_form1_mixed", new Object[] {"p", 2, 3.5f, "q"}, DUP2_X2,
                new String[] {"A", "F", "I", "A", "A", "F"}));
        list.add(new Case("dup2_x2_form2", new Object[] {1, 2, L1}, DUP2_X2, new String[] {"J", "I", "I", "J"}));
        list.add(new Case("dup2_x2_form2_double", new Object[] {"m", 5, 0.125}, DUP2_X2,
                new String[] {"D", "I", "A", "D"}));
        list.add(new Case("dup2_x2_form3", new Object[] {L1, 3, 4}, DUP2_X2, new String[] {"I", "I", "J", "I", "I"}));
        list.add(new Case("dup2_x2_form3_mixed", new Object[] {7.0, "x", 4.5f}, DUP2_X2,
                new String[] {"F", "A", "D", "F", "A"}));
        list.add(new Case("dup2_x2_form4", new Object[] {L1, L2}, DUP2_X2, new String[] {"J", "J", "J"}));
        list.add(new Case("dup2_x2_form4_mixed", new Object[] {L2, 3.0e-5}, DUP2_X2, new String[] {"D", "J", "D"}));
        list.add(new Case("nop", new Object[] {5}, NOP, new String[] {"I"}));
        for (Case c : list) {
            MethodVisitor mv = p.newCase(c.name);
            for (Object v : c.push) mv.visitLdcInsn(v);
            mv.visitInsn(c.op);
            for (int k = 0; k < c.result.length; ++k) {
                String t = c.result[k];
                p.show(mv, t.equals("A") ? "Ljava/lang/Object;" : t, "top-" + k);
            }
            end(mv);
        }
        // The shuffles used for arithmetic, as a compiler might: x*x+x with dup/swap/dup_x1 etc.
        {
            MethodVisitor mv = p.newCase("arith");
            mv.visitIntInsn(BIPUSH, 12);
            mv.visitInsn(DUP);
            mv.visitInsn(DUP);
            mv.visitInsn(IMUL);
            mv.visitInsn(SWAP);
            mv.visitInsn(ISUB); // 144 - 12
            p.show(mv, "I", "12*12-12");
            mv.visitLdcInsn(10L);
            mv.visitLdcInsn(3L);
            mv.visitInsn(DUP2_X2); // 3 10 3
            mv.visitInsn(LSUB); // 3 7
            mv.visitInsn(LMUL); // 21
            p.show(mv, "J", "3*(10-3)");
            end(mv);
        }
        p.write();
    }

    // ------------------------------------------------------------------------
    // lookupswitch with many keys (and none), tableswitch at the int extremes,
    // and both switches at every alignment (0-3 padding bytes).
    static void switches() throws IOException {
        Program p = new Program("SwitchForms", V1_5);
        TreeSet<Integer> keySet = new TreeSet<>();
        for (int k : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -500, -3, -1, 0, 1, 2, 7, 100,
                1000, 65536, 1 << 20, Integer.MAX_VALUE - 1, Integer.MAX_VALUE})
            keySet.add(k);
        for (int i = 0; i < 40; ++i) keySet.add(i * i * 37 - 5000);
        int[] keys = keySet.stream().mapToInt(Integer::intValue).toArray();
        {
            MethodVisitor mv = p.method(ACC_STATIC, "look", "(I)I");
            Label dflt = new Label();
            Label[] labels = new Label[keys.length];
            for (int i = 0; i < keys.length; ++i) labels[i] = new Label();
            mv.visitVarInsn(ILOAD, 0);
            mv.visitLookupSwitchInsn(dflt, keys, labels);
            for (int i = 0; i < keys.length; ++i) {
                mv.visitLabel(labels[i]);
                iconst(mv, i * 10 + 1);
                mv.visitInsn(IRETURN);
            }
            mv.visitLabel(dflt);
            mv.visitInsn(ICONST_M1);
            mv.visitInsn(IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        {
            MethodVisitor mv = p.newCase("manyKeys");
            TreeSet<Integer> probes = new TreeSet<>();
            for (int k : keys) {
                probes.add(k);
                probes.add(k + 1);
                probes.add(k - 1);
            }
            for (int k : probes) {
                iconst(mv, k);
                mv.visitMethodInsn(INVOKESTATIC, p.name, "look", "(I)I", false);
                p.show(mv, "I", "look(" + k + ")");
            }
            end(mv);
        }
        {
            // lookupswitch with no pairs at all: always the default.
            MethodVisitor mv = p.method(ACC_STATIC, "noKeys", "(I)I");
            Label dflt = new Label();
            mv.visitVarInsn(ILOAD, 0);
            mv.visitLookupSwitchInsn(dflt, new int[0], new Label[0]);
            mv.visitLabel(dflt);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitInsn(INEG);
            mv.visitInsn(IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            mv = p.newCase("emptyLookupswitch");
            for (int k : new int[] {0, 5, Integer.MIN_VALUE}) {
                iconst(mv, k);
                mv.visitMethodInsn(INVOKESTATIC, p.name, "noKeys", "(I)I", false);
                p.show(mv, "I", "noKeys(" + k + ")");
            }
            end(mv);
        }
        // tableswitch ranges at the extremes of int, where high - low and index - low overflow.
        int[][] ranges = {{-5, 5}, {Integer.MAX_VALUE - 2, Integer.MAX_VALUE}, {Integer.MIN_VALUE, Integer.MIN_VALUE + 2},
                {7, 7}, {Integer.MIN_VALUE, Integer.MIN_VALUE}};
        int[] tableProbes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MIN_VALUE + 2, Integer.MIN_VALUE + 3, -6,
                -5, -1, 0, 5, 6, 7, 8, Integer.MAX_VALUE - 3, Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 1,
                Integer.MAX_VALUE};
        for (int r = 0; r < ranges.length; ++r) {
            int lo = ranges[r][0], hi = ranges[r][1];
            MethodVisitor mv = p.method(ACC_STATIC, "table" + r, "(I)I");
            Label dflt = new Label();
            Label[] labels = new Label[hi - lo + 1];
            for (int i = 0; i < labels.length; ++i) labels[i] = new Label();
            mv.visitVarInsn(ILOAD, 0);
            mv.visitTableSwitchInsn(lo, hi, dflt, labels);
            for (int i = 0; i < labels.length; ++i) {
                mv.visitLabel(labels[i]);
                iconst(mv, 100 + i);
                mv.visitInsn(IRETURN);
            }
            mv.visitLabel(dflt);
            mv.visitInsn(ICONST_M1);
            mv.visitInsn(IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            mv = p.newCase("table_" + r);
            for (int k : tableProbes) {
                iconst(mv, k);
                mv.visitMethodInsn(INVOKESTATIC, p.name, "table" + r, "(I)I", false);
                p.show(mv, "I", "table[" + lo + ".." + hi + "](" + k + ")");
            }
            end(mv);
        }
        // Alignment: 0-3 nops before each switch move its padding.
        for (int pad = 0; pad < 4; ++pad) {
            MethodVisitor mv = p.method(ACC_STATIC, "aligned" + pad, "(I)I");
            Label t0 = new Label(), t1 = new Label(), t2 = new Label(), td = new Label(), l0 = new Label(),
                    l1 = new Label(), ld = new Label();
            for (int i = 0; i < pad; ++i) mv.visitInsn(NOP);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitTableSwitchInsn(1, 3, td, t0, t1, t2);
            mv.visitLabel(t0);
            mv.visitIntInsn(BIPUSH, 11);
            mv.visitInsn(IRETURN);
            mv.visitLabel(t1);
            mv.visitIntInsn(BIPUSH, 12);
            mv.visitInsn(IRETURN);
            mv.visitLabel(t2);
            mv.visitIntInsn(BIPUSH, 13);
            mv.visitInsn(IRETURN);
            mv.visitLabel(td);
            for (int i = 0; i < pad; ++i) mv.visitInsn(NOP);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitLookupSwitchInsn(ld, new int[] {-100, 100}, new Label[] {l0, l1});
            mv.visitLabel(l0);
            mv.visitIntInsn(BIPUSH, 21);
            mv.visitInsn(IRETURN);
            mv.visitLabel(l1);
            mv.visitIntInsn(BIPUSH, 22);
            mv.visitInsn(IRETURN);
            mv.visitLabel(ld);
            mv.visitIntInsn(BIPUSH, 99);
            mv.visitInsn(IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        {
            MethodVisitor mv = p.newCase("alignment");
            for (int pad = 0; pad < 4; ++pad)
                for (int k : new int[] {0, 1, 2, 3, 4, -100, 100, 50}) {
                    iconst(mv, k);
                    mv.visitMethodInsn(INVOKESTATIC, p.name, "aligned" + pad, "(I)I", false);
                    p.show(mv, "I", "aligned" + pad + "(" + k + ")");
                }
            end(mv);
        }
        p.write();
    }

    // ------------------------------------------------------------------------
    // wide loads/stores of every type, iinc with negative constants, wide iinc.
    static void wideLocals() throws IOException {
        Program p = new Program("WideLocals2", V1_5);
        {
            MethodVisitor mv = p.newCase("wideLoadStore");
            mv.visitLdcInsn(-123456789);
            mv.visitVarInsn(ISTORE, 256);
            mv.visitLdcInsn(0x7edcba9876543210L);
            mv.visitVarInsn(LSTORE, 300);
            mv.visitLdcInsn(-3.75f);
            mv.visitVarInsn(FSTORE, 1000);
            mv.visitLdcInsn(Math.PI);
            mv.visitVarInsn(DSTORE, 65532);
            mv.visitLdcInsn("wide ref");
            mv.visitVarInsn(ASTORE, 65534);
            mv.visitIntInsn(BIPUSH, 55);
            mv.visitVarInsn(ISTORE, 255); // the last narrow index
            mv.visitVarInsn(ILOAD, 256);
            p.show(mv, "I", "int@256");
            mv.visitVarInsn(LLOAD, 300);
            p.show(mv, "J", "long@300");
            mv.visitVarInsn(FLOAD, 1000);
            p.show(mv, "F", "float@1000");
            mv.visitVarInsn(DLOAD, 65532);
            p.show(mv, "D", "double@65532");
            mv.visitVarInsn(ALOAD, 65534);
            p.show(mv, "Ljava/lang/Object;", "ref@65534");
            mv.visitVarInsn(ILOAD, 255);
            p.show(mv, "I", "int@255");
            // Overwrite half of the long: its slots 300-301; store an int into 301 is not
            // allowed to be read back as long, so just reuse 300 as a double.
            mv.visitLdcInsn(-1e-300);
            mv.visitVarInsn(DSTORE, 300);
            mv.visitVarInsn(DLOAD, 300);
            p.show(mv, "D", "double@300");
            end(mv);
        }
        {
            MethodVisitor mv = p.newCase("iincForms");
            int[] incs = {-1, -2, -128, 127, 1, 0, -129, 128, 1000, -1000, 32767, -32768};
            mv.visitIntInsn(BIPUSH, 10);
            mv.visitVarInsn(ISTORE, 0);
            mv.visitIntInsn(BIPUSH, 10);
            mv.visitVarInsn(ISTORE, 400);
            for (int inc : incs) {
                mv.visitIincInsn(0, inc);
                mv.visitVarInsn(ILOAD, 0);
                p.show(mv, "I", "local0 += " + inc);
                mv.visitIincInsn(400, inc);
                mv.visitVarInsn(ILOAD, 400);
                p.show(mv, "I", "local400 += " + inc);
            }
            // Overflow wraps.
            mv.visitLdcInsn(Integer.MAX_VALUE);
            mv.visitVarInsn(ISTORE, 1);
            mv.visitIincInsn(1, 1);
            mv.visitVarInsn(ILOAD, 1);
            p.show(mv, "I", "MAX_VALUE + 1");
            mv.visitIincInsn(1, -32768);
            mv.visitVarInsn(ILOAD, 1);
            p.show(mv, "I", "MIN_VALUE - 32768");
            end(mv);
        }
        {
            // A count-down loop driven by iinc -1 and a wide counter stepping by -300.
            MethodVisitor mv = p.newCase("countDown");
            Label top = new Label(), exit = new Label();
            mv.visitIntInsn(BIPUSH, 20);
            mv.visitVarInsn(ISTORE, 0);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 290);
            mv.visitLabel(top);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitJumpInsn(IFLE, exit);
            mv.visitIincInsn(0, -1);
            mv.visitIincInsn(290, -300);
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(exit);
            mv.visitVarInsn(ILOAD, 290);
            p.show(mv, "I", "counter");
            end(mv);
        }
        p.write();
    }

    // ------------------------------------------------------------------------
    // fcmpl/fcmpg/dcmpl/dcmpg on NaN and ordinary operands, with every if<cond>.
    static void floatCompare() throws IOException {
        Program p = new Program("NaNCompare", V1_5);
        int[] ifs = {IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE};
        String[] ifNames = {"ifeq", "ifne", "iflt", "ifge", "ifgt", "ifle"};
        for (boolean dbl : new boolean[] {false, true}) {
            String desc = dbl ? "(DDLjava/lang/String;)V" : "(FFLjava/lang/String;)V";
            MethodVisitor mv = p.method(ACC_STATIC, dbl ? "cmpD" : "cmpF", desc);
            int load = dbl ? DLOAD : FLOAD;
            int b = dbl ? 2 : 1, label = dbl ? 4 : 2;
            int[] ops = dbl ? new int[] {DCMPL, DCMPG} : new int[] {FCMPL, FCMPG};
            String[] opNames = dbl ? new String[] {"dcmpl", "dcmpg"} : new String[] {"fcmpl", "fcmpg"};
            for (int o = 0; o < 2; ++o) {
                // The plain result, and the result of each branch on it.
                mv.visitVarInsn(ALOAD, label);
                p.say(mv, "");
                mv.visitInsn(POP);
                mv.visitVarInsn(load, 0);
                mv.visitVarInsn(load, b);
                mv.visitInsn(ops[o]);
                p.show(mv, "I", opNames[o]);
                for (int i = 0; i < ifs.length; ++i) {
                    Label taken = new Label(), next = new Label();
                    mv.visitVarInsn(load, 0);
                    mv.visitVarInsn(load, b);
                    mv.visitInsn(ops[o]);
                    mv.visitJumpInsn(ifs[i], taken);
                    p.say(mv, "  " + opNames[o] + "/" + ifNames[i] + " not taken");
                    mv.visitJumpInsn(GOTO, next);
                    mv.visitLabel(taken);
                    p.say(mv, "  " + opNames[o] + "/" + ifNames[i] + " taken");
                    mv.visitLabel(next);
                }
            }
            end(mv);
        }
        float[][] fpairs = {{Float.NaN, 1f}, {1f, Float.NaN}, {Float.NaN, Float.NaN}, {1f, 2f}, {2f, 1f}, {1f, 1f},
                {0f, -0f}, {Float.POSITIVE_INFINITY, Float.NaN}, {Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY}};
        MethodVisitor mv = p.newCase("floats");
        for (float[] f : fpairs) {
            String label = "fcmp(" + f[0] + ", " + f[1] + ")";
            p.say(mv, label);
            mv.visitLdcInsn(f[0]);
            mv.visitLdcInsn(f[1]);
            mv.visitLdcInsn(label);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "cmpF", "(FFLjava/lang/String;)V", false);
        }
        end(mv);
        double[][] dpairs = {{Double.NaN, 1}, {1, Double.NaN}, {Double.NaN, Double.NaN}, {1, 2}, {2, 1}, {1, 1},
                {0.0, -0.0}, {Double.NEGATIVE_INFINITY, Double.NaN}, {Double.MIN_VALUE, 0}};
        mv = p.newCase("doubles");
        for (double[] d : dpairs) {
            String label = "dcmp(" + d[0] + ", " + d[1] + ")";
            p.say(mv, label);
            mv.visitLdcInsn(d[0]);
            mv.visitLdcInsn(d[1]);
            mv.visitLdcInsn(label);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "cmpD", "(DDLjava/lang/String;)V", false);
        }
        end(mv);
        // NaNs made at run time (0/0, a non-canonical NaN bit pattern) rather than loaded.
        mv = p.newCase("computedNaN");
        mv.visitInsn(FCONST_0);
        mv.visitInsn(FCONST_0);
        mv.visitInsn(FDIV);
        mv.visitInsn(FCONST_0);
        mv.visitInsn(FCMPG);
        p.show(mv, "I", "fcmpg(0f/0f, 0)");
        mv.visitInsn(DCONST_0);
        mv.visitInsn(DCONST_0);
        mv.visitInsn(DDIV);
        mv.visitInsn(DCONST_1);
        mv.visitInsn(DCMPL);
        p.show(mv, "I", "dcmpl(0d/0d, 1)");
        mv.visitLdcInsn(0x7fc00001);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
        mv.visitInsn(DUP);
        mv.visitInsn(FCMPL);
        p.show(mv, "I", "fcmpl(NaN', NaN')");
        mv.visitLdcInsn(0xfff0000000000001L);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        mv.visitInsn(DUP2);
        mv.visitInsn(DCMPG);
        p.show(mv, "I", "dcmpg(-NaN', -NaN')");
        end(mv);
        p.write();
    }

    // ------------------------------------------------------------------------
    // ldc and ldc_w (constant-pool index > 255) of int, float, String and Class.
    static void constants() throws IOException {
        Program p = new Program("LdcForms", V1_5);
        // Low indexes first: these are loaded with ldc.
        Object[] narrow = {123456, 2.5f, "narrow string", Type.getObjectType("java/lang/String"), Float.NaN, -0.0f,
                Integer.MIN_VALUE};
        for (Object o : narrow) p.cw.newConst(o);
        for (int i = 0; i < 300; ++i) p.cw.newConst("pad" + i);
        Object[] wide = {7654321, 3.25f, "wide string", Type.getObjectType("java/lang/Integer"),
                Type.getObjectType("[Ljava/lang/String;"), Float.intBitsToFloat(0x00000001), Integer.MAX_VALUE, "\u0000\u00e9\u20ac\ud83d\ude00"};
        for (Object o : wide) p.cw.newConst(o);
        MethodVisitor mv = p.newCase("loadAll");
        Label top = new Label(), exit = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 0);
        mv.visitLabel(top); // three times: the first run resolves, the others use the quick forms
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(ICONST_3);
        mv.visitJumpInsn(IF_ICMPGE, exit);
        for (Object[] set : new Object[][] {narrow, wide})
            for (Object o : set) {
                mv.visitLdcInsn(o);
                String t = o instanceof Integer ? "I" : o instanceof Float ? "F" : "Ljava/lang/Object;";
                if (o instanceof Type) {
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
                }
                if (o instanceof String s && s.startsWith("\u0000")) {
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
                    t = "I";
                }
                p.show(mv, t, (set == narrow ? "ldc " : "ldc_w ") + t);
            }
        mv.visitIincInsn(0, 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(exit);
        end(mv);
        // The same string constant gives the same (interned) object each time, and equals
        // a string built at run time and interned.
        mv = p.newCase("identity");
        for (String s : new String[] {"narrow string", "wide string"}) {
            Label same = new Label(), next = new Label();
            mv.visitLdcInsn(s);
            mv.visitLdcInsn(s);
            mv.visitJumpInsn(IF_ACMPEQ, same);
            p.say(mv, s + ": different objects");
            mv.visitJumpInsn(GOTO, next);
            mv.visitLabel(same);
            p.say(mv, s + ": same object");
            mv.visitLabel(next);
            Label same2 = new Label(), next2 = new Label();
            mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
            mv.visitLdcInsn(s.substring(0, 3));
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
            mv.visitLdcInsn(s.substring(3));
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "intern", "()Ljava/lang/String;", false);
            mv.visitLdcInsn(s);
            mv.visitJumpInsn(IF_ACMPEQ, same2);
            p.say(mv, s + ": intern differs");
            mv.visitJumpInsn(GOTO, next2);
            mv.visitLabel(same2);
            p.say(mv, s + ": intern is the literal");
            mv.visitLabel(next2);
        }
        // Class constants are the class objects.
        Label same3 = new Label(), next3 = new Label();
        mv.visitLdcInsn(Type.getObjectType("java/lang/Integer"));
        mv.visitLdcInsn(-5);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
        mv.visitJumpInsn(IF_ACMPEQ, same3);
        p.say(mv, "Integer.class differs from getClass()");
        mv.visitJumpInsn(GOTO, next3);
        mv.visitLabel(same3);
        p.say(mv, "Integer.class is getClass()");
        mv.visitLabel(next3);
        end(mv);
        // ldc of a class that does not exist: NoClassDefFoundError when executed.
        mv = p.newCase("missingClass");
        mv.visitLdcInsn(Type.getObjectType("no/such/Klass"));
        p.show(mv, "Ljava/lang/Object;", "class");
        end(mv);
        p.write();
    }

    // ------------------------------------------------------------------------
    // monitorenter/monitorexit used directly, balanced, nested and unbalanced.
    static void monitors() throws IOException {
        Program p = new Program("MonitorOps", V1_5);
        p.cw.visitField(ACC_STATIC, "lock", "Ljava/lang/Object;", null, null).visitEnd();
        // notify() succeeds only for the owner of the monitor: it tells whether we hold it.
        MethodVisitor mv = p.method(ACC_STATIC, "owns", "(Ljava/lang/Object;Ljava/lang/String;)V");
        {
            Label start = new Label(), stop = new Label(), handler = new Label(), done = new Label();
            mv.visitTryCatchBlock(start, stop, handler, "java/lang/IllegalMonitorStateException");
            mv.visitLabel(start);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "notify", "()V", false);
            mv.visitLabel(stop);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitLdcInsn("owned");
            mv.visitMethodInsn(INVOKESTATIC, p.name, "show", "(Ljava/lang/Object;Ljava/lang/String;)V", false);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler);
            mv.visitInsn(POP);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitLdcInsn("not owned");
            mv.visitMethodInsn(INVOKESTATIC, p.name, "show", "(Ljava/lang/Object;Ljava/lang/String;)V", false);
            mv.visitLabel(done);
            end(mv);
        }
        java.util.function.BiConsumer<MethodVisitor, String> owns = (m, what) -> {
            m.visitLdcInsn(what);
            m.visitMethodInsn(INVOKESTATIC, p.name, "owns", "(Ljava/lang/Object;Ljava/lang/String;)V", false);
        };
        mv = p.newCase("balanced");
        mv.visitTypeInsn(NEW, "java/lang/Object");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, 0);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(MONITORENTER);
        mv.visitVarInsn(ALOAD, 0);
        owns.accept(mv, "inside");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(MONITOREXIT);
        mv.visitVarInsn(ALOAD, 0);
        owns.accept(mv, "after exit");
        end(mv);
        mv = p.newCase("reentrant");
        mv.visitLdcInsn("a string literal as lock");
        mv.visitVarInsn(ASTORE, 0);
        for (int i = 0; i < 3; ++i) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(MONITORENTER);
        }
        for (int i = 3; i > 0; --i) {
            mv.visitVarInsn(ALOAD, 0);
            owns.accept(mv, "depth " + i);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(MONITOREXIT);
        }
        mv.visitVarInsn(ALOAD, 0);
        owns.accept(mv, "depth 0");
        end(mv);
        // Two locks released in the wrong (non-nested) order: legal.
        mv = p.newCase("interleaved");
        mv.visitTypeInsn(NEW, "java/lang/Object");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, 0);
        mv.visitLdcInsn(Type.getObjectType(p.name));
        mv.visitVarInsn(ASTORE, 1);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(MONITORENTER);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(MONITORENTER);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(MONITOREXIT);
        mv.visitVarInsn(ALOAD, 0);
        owns.accept(mv, "first after its exit");
        mv.visitVarInsn(ALOAD, 1);
        owns.accept(mv, "second before its exit");
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(MONITOREXIT);
        mv.visitVarInsn(ALOAD, 1);
        owns.accept(mv, "second after its exit");
        end(mv);
        // monitorexit of an object this thread does not own: IllegalMonitorStateException.
        mv = p.newCase("exitUnowned");
        mv.visitTypeInsn(NEW, "java/lang/Object");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(MONITOREXIT);
        p.say(mv, "monitorexit of an unowned object did not throw");
        end(mv);
        // One exit too many.
        mv = p.newCase("exitTwice");
        mv.visitTypeInsn(NEW, "java/lang/Object");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, 0);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(MONITORENTER);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(MONITOREXIT);
        p.say(mv, "first exit ok");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(MONITOREXIT);
        p.say(mv, "second exit did not throw");
        end(mv);
        mv = p.newCase("enterNull");
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(MONITORENTER);
        end(mv);
        mv = p.newCase("exitNull");
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(MONITOREXIT);
        end(mv);
        // A method that returns still holding a monitor it entered.
        mv = p.method(ACC_STATIC, "enterAndReturn", "()V");
        mv.visitFieldInsn(GETSTATIC, p.name, "lock", "Ljava/lang/Object;");
        mv.visitInsn(MONITORENTER);
        p.say(mv, "entered, returning without exit");
        end(mv);
        mv = p.newCase("returnHoldingLock");
        mv.visitTypeInsn(NEW, "java/lang/Object");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitFieldInsn(PUTSTATIC, p.name, "lock", "Ljava/lang/Object;");
        {
            Label start = new Label(), stop = new Label(), handler = new Label(), done = new Label();
            mv.visitTryCatchBlock(start, stop, handler, "java/lang/Throwable");
            mv.visitLabel(start);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "enterAndReturn", "()V", false);
            mv.visitLabel(stop);
            p.say(mv, "returned normally");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", "call threw");
            mv.visitLabel(done);
        }
        mv.visitFieldInsn(GETSTATIC, p.name, "lock", "Ljava/lang/Object;");
        owns.accept(mv, "lock after the call");
        end(mv);
        // A synchronized method that throws releases its monitor.
        mv = p.method(ACC_STATIC | ACC_SYNCHRONIZED, "syncThrow", "()V");
        mv.visitLdcInsn(Type.getObjectType(p.name));
        owns.accept(mv, "class lock in synchronized method");
        mv.visitTypeInsn(NEW, "java/lang/RuntimeException");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/RuntimeException", "<init>", "()V", false);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = p.newCase("synchronizedThrow");
        {
            Label start = new Label(), stop = new Label(), handler = new Label(), done = new Label();
            mv.visitTryCatchBlock(start, stop, handler, "java/lang/RuntimeException");
            mv.visitLabel(start);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "syncThrow", "()V", false);
            mv.visitLabel(stop);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler);
            mv.visitInsn(POP);
            p.say(mv, "caught");
            mv.visitLabel(done);
        }
        mv.visitLdcInsn(Type.getObjectType(p.name));
        owns.accept(mv, "class lock after the throw");
        end(mv);
        // An exception thrown while a monitor is held and caught in the same method: the
        // handler exits the monitor, as javac's code for synchronized blocks does.
        mv = p.newCase("handlerExits");
        {
            Label start = new Label(), stop = new Label(), handler = new Label(), done = new Label();
            mv.visitTypeInsn(NEW, "java/lang/Object");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitTryCatchBlock(start, stop, handler, null);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(MONITORENTER);
            mv.visitLabel(start);
            mv.visitInsn(ICONST_1);
            mv.visitInsn(ICONST_0);
            mv.visitInsn(IDIV);
            mv.visitInsn(POP);
            mv.visitLabel(stop);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", "caught");
            mv.visitVarInsn(ALOAD, 0);
            owns.accept(mv, "in handler");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(MONITOREXIT);
            mv.visitLabel(done);
            mv.visitVarInsn(ALOAD, 0);
            owns.accept(mv, "after handler");
        }
        end(mv);
        p.write();
    }

    // ------------------------------------------------------------------------
    // Instructions applied to null.
    static void nullOps() throws IOException {
        Program p = new Program("NullOps", V1_5);
        p.cw.visitField(0, "f", "I", null, null).visitEnd();
        p.cw.visitField(0, "g", "J", null, null).visitEnd();
        MethodVisitor mv = p.newCase("athrowNull");
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ATHROW);
        end(mv);
        mv = p.newCase("checkcastNull");
        mv.visitInsn(ACONST_NULL);
        mv.visitTypeInsn(CHECKCAST, "java/lang/String");
        mv.visitTypeInsn(CHECKCAST, "[[I");
        mv.visitTypeInsn(CHECKCAST, "java/lang/Runnable");
        p.show(mv, "Ljava/lang/Object;", "checkcast null");
        end(mv);
        // checkcast of null to a class that does not exist (HotSpot does not resolve it for null).
        mv = p.newCase("checkcastNullUnresolved");
        mv.visitInsn(ACONST_NULL);
        mv.visitTypeInsn(CHECKCAST, "no/such/Klass");
        p.show(mv, "Ljava/lang/Object;", "checkcast null");
        end(mv);
        mv = p.newCase("instanceofNullUnresolved");
        mv.visitInsn(ACONST_NULL);
        mv.visitTypeInsn(INSTANCEOF, "no/such/Klass");
        p.show(mv, "I", "null instanceof no/such/Klass");
        end(mv);
        mv = p.newCase("instanceofNull");
        for (String t : new String[] {"java/lang/Object", "java/lang/String", "[I", "java/lang/Runnable"}) {
            mv.visitInsn(ACONST_NULL);
            mv.visitTypeInsn(INSTANCEOF, t);
            p.show(mv, "I", "null instanceof " + t);
        }
        end(mv);
        mv = p.newCase("arraylengthNull");
        mv.visitInsn(ACONST_NULL);
        mv.visitTypeInsn(CHECKCAST, "[I");
        mv.visitInsn(ARRAYLENGTH);
        p.show(mv, "I", "length");
        end(mv);
        String[][] nullCases = {{"getfieldNull"}, {"putfieldNull"}, {"getfieldLongNull"}, {"invokevirtualNull"},
                {"invokeinterfaceNull"}, {"ialoadNull"}, {"lastoreNull"}, {"aastoreNull"},
                {"baloadNull"}};
        for (String[] c : nullCases) {
            mv = p.newCase(c[0]);
            switch (c[0]) {
                case "getfieldNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitFieldInsn(GETFIELD, p.name, "f", "I");
                    p.show(mv, "I", "f");
                }
                case "putfieldNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitInsn(ICONST_1);
                    mv.visitFieldInsn(PUTFIELD, p.name, "f", "I");
                }
                case "getfieldLongNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitFieldInsn(GETFIELD, p.name, "g", "J");
                    p.show(mv, "J", "g");
                }
                case "invokevirtualNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
                    p.show(mv, "I", "hash");
                }
                case "invokeinterfaceNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true);
                }
                case "ialoadNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitInsn(ICONST_0);
                    mv.visitInsn(IALOAD);
                    p.show(mv, "I", "a[0]");
                }
                case "lastoreNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitInsn(ICONST_0);
                    mv.visitInsn(LCONST_1);
                    mv.visitInsn(LASTORE);
                }
                case "aastoreNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitInsn(ICONST_0);
                    mv.visitInsn(ACONST_NULL);
                    mv.visitInsn(AASTORE);
                }
                case "baloadNull" -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitTypeInsn(CHECKCAST, "[Z");
                    mv.visitInsn(ICONST_0);
                    mv.visitInsn(BALOAD);
                    p.show(mv, "I", "z[0]");
                }
            }
            end(mv);
        }
        // Storing a null reference into a typed array is fine; ifnull/ifnonnull on it.
        mv = p.newCase("nullElement");
        mv.visitInsn(ICONST_2);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        mv.visitInsn(DUP);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(AASTORE);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(AALOAD);
        Label isNull = new Label(), done = new Label();
        mv.visitJumpInsn(IFNULL, isNull);
        p.say(mv, "element not null");
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(isNull);
        p.say(mv, "element null");
        mv.visitLabel(done);
        end(mv);
        p.write();
    }

    // ------------------------------------------------------------------------
    // checkcast/instanceof with arrays and interfaces; invokeinterface on a class
    // that does not implement the interface (the verifier lets it through).
    static void typeOps() throws IOException {
        Program p = new Program("TypeOps", V1_5);
        String[][] checks = {
            {"[I", "java/lang/Object"}, {"[I", "java/lang/Cloneable"}, {"[I", "java/io/Serializable"},
            {"[I", "[Ljava/lang/Object;"}, {"[Ljava/lang/String;", "[Ljava/lang/Object;"},
            {"[Ljava/lang/String;", "[Ljava/lang/CharSequence;"}, {"[[I", "[Ljava/lang/Object;"},
            {"[[I", "[Ljava/lang/Cloneable;"}, {"[Ljava/lang/Object;", "[Ljava/lang/String;"},
            {"java/lang/String", "java/lang/CharSequence"}, {"java/lang/String", "java/lang/Runnable"},
            {"java/lang/Integer", "java/lang/Number"}, {"[J", "[I"}};
        for (int i = 0; i < checks.length; ++i) {
            String from = checks[i][0], to = checks[i][1];
            MethodVisitor mv = p.newCase("check" + i);
            // Make a value of class `from`.
            if (from.startsWith("[[")) {
                mv.visitInsn(ICONST_1);
                mv.visitInsn(ICONST_1);
                mv.visitMultiANewArrayInsn(from, 2);
            } else if (from.equals("[I")) {
                mv.visitInsn(ICONST_1);
                mv.visitIntInsn(NEWARRAY, T_INT);
            } else if (from.equals("[J")) {
                mv.visitInsn(ICONST_1);
                mv.visitIntInsn(NEWARRAY, T_LONG);
            } else if (from.startsWith("[L")) {
                mv.visitInsn(ICONST_1);
                mv.visitTypeInsn(ANEWARRAY, from.substring(2, from.length() - 1));
            } else if (from.equals("java/lang/String")) {
                mv.visitLdcInsn("str");
            } else {
                mv.visitInsn(ICONST_5);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
            }
            mv.visitVarInsn(ASTORE, 0);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitTypeInsn(INSTANCEOF, to);
            p.show(mv, "I", from + " instanceof " + to);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitTypeInsn(CHECKCAST, to);
            mv.visitInsn(POP);
            p.say(mv, "checkcast " + to + " passed");
            end(mv);
        }
        // invokeinterface Runnable.run on a plain Object: IncompatibleClassChangeError.
        MethodVisitor mv = p.newCase("invokeinterfaceNotImplemented");
        mv.visitTypeInsn(NEW, "java/lang/Object");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true);
        p.say(mv, "no error");
        end(mv);
        // invokeinterface of an Object method through an interface (JVMS 5.4.3.4).
        mv = p.newCase("invokeinterfaceObjectMethod");
        mv.visitLdcInsn("hello");
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/CharSequence", "toString", "()Ljava/lang/String;", true);
        p.show(mv, "Ljava/lang/Object;", "toString via CharSequence");
        mv.visitLdcInsn("hello");
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Comparable", "hashCode", "()I", true);
        p.show(mv, "I", "hashCode via Comparable");
        end(mv);
        p.write();
    }

    // ------------------------------------------------------------------------
    // newarray of every atype with narrowing stores; multianewarray forms.
    static void arrays() throws IOException {
        Program p = new Program("ArrayForms", V1_8);
        // atype, descriptor, store opcode, load opcode, value to store, type of the value
        Object[][] atypes = {
            {T_BOOLEAN, "Z", BASTORE, BALOAD, 3, "I"}, {T_BOOLEAN, "Z", BASTORE, BALOAD, 2, "I"},
            {T_CHAR, "C", CASTORE, CALOAD, 70000, "I"}, {T_CHAR, "C", CASTORE, CALOAD, -1, "I"},
            {T_FLOAT, "F", FASTORE, FALOAD, 1.5f, "F"}, {T_DOUBLE, "D", DASTORE, DALOAD, -2.25, "D"},
            {T_BYTE, "B", BASTORE, BALOAD, 300, "I"}, {T_BYTE, "B", BASTORE, BALOAD, 200, "I"},
            {T_SHORT, "S", SASTORE, SALOAD, 70000, "I"}, {T_SHORT, "S", SASTORE, SALOAD, 40000, "I"},
            {T_INT, "I", IASTORE, IALOAD, -7, "I"}, {T_LONG, "J", LASTORE, LALOAD, Long.MIN_VALUE, "J"}};
        for (Object[] a : atypes) {
            String d = (String) a[1];
            MethodVisitor mv = p.newCase("newarray_" + d + "_" + String.valueOf(a[4]).replace('-', 'm').replace('.', '_'));
            mv.visitInsn(ICONST_3);
            mv.visitIntInsn(NEWARRAY, (Integer) a[0]);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(ARRAYLENGTH);
            p.show(mv, "I", "length");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", "class");
            String shown = d.equals("Z") || d.equals("B") || d.equals("C") || d.equals("S") ? "I" : d;
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(ICONST_2);
            mv.visitInsn((Integer) a[3]);
            p.show(mv, shown, "default");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(ICONST_1);
            mv.visitLdcInsn(a[4]);
            mv.visitInsn((Integer) a[2]);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(ICONST_1);
            mv.visitInsn((Integer) a[3]);
            p.show(mv, shown, "stored " + a[4] + ", loaded");
            // Out of bounds on both sides.
            for (int idx : new int[] {3, -1}) {
                Label start = new Label(), stop = new Label(), handler = new Label(), done = new Label();
                mv.visitTryCatchBlock(start, stop, handler, "java/lang/ArrayIndexOutOfBoundsException");
                mv.visitLabel(start);
                mv.visitVarInsn(ALOAD, 0);
                iconst(mv, idx);
                mv.visitInsn((Integer) a[3]);
                mv.visitInsn(d.equals("J") || d.equals("D") ? POP2 : POP);
                mv.visitLabel(stop);
                p.say(mv, "index " + idx + " did not throw");
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(handler);
                mv.visitInsn(POP);
                p.say(mv, "index " + idx + ": ArrayIndexOutOfBoundsException");
                mv.visitLabel(done);
            }
            end(mv);
        }
        for (int t : new int[] {T_BOOLEAN, T_DOUBLE}) {
            MethodVisitor mv = p.newCase("newarrayNegative" + t);
            mv.visitInsn(ICONST_M1);
            mv.visitIntInsn(NEWARRAY, t);
            mv.visitInsn(ARRAYLENGTH);
            p.show(mv, "I", "length");
            end(mv);
        }
        MethodVisitor mv = p.newCase("newarrayEmpty");
        mv.visitInsn(ICONST_0);
        mv.visitIntInsn(NEWARRAY, T_CHAR);
        mv.visitInsn(ARRAYLENGTH);
        p.show(mv, "I", "length");
        end(mv);
        // multianewarray: descriptor, dims, counts; prints the shape.
        Object[][] multi = {
            {"[[[I", new int[] {2, 3, 4}}, {"[[[I", new int[] {2, 3}}, {"[[[I", new int[] {2}},
            {"[I", new int[] {5}}, {"[[Ljava/lang/String;", new int[] {2, 2}},
            {"[[[J", new int[] {2, 0, 5}}, {"[[D", new int[] {0, 4}}, {"[[I", new int[] {0, -1}},
            {"[[I", new int[] {-1, 0}}, {"[[[Z", new int[] {1, 2, 3}}, {"[[[[Ljava/lang/Object;", new int[] {1, 1}}};
        for (int i = 0; i < multi.length; ++i) {
            String desc = (String) multi[i][0];
            int[] counts = (int[]) multi[i][1];
            mv = p.newCase("multi" + i);
            for (int c : counts) iconst(mv, c);
            mv.visitMultiANewArrayInsn(desc, counts.length);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", desc + " x" + counts.length + " class");
            // Walk down element 0 of each level, printing lengths (or null).
            mv.visitVarInsn(ALOAD, 0);
            int levels = desc.lastIndexOf('[') + 1;
            Label out = new Label();
            for (int lv = 0; lv < levels; ++lv) {
                Label notNull = new Label();
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, notNull);
                mv.visitInsn(POP);
                p.say(mv, "level " + lv + ": null");
                mv.visitJumpInsn(GOTO, out);
                mv.visitLabel(notNull);
                mv.visitTypeInsn(CHECKCAST, desc.substring(lv));
                mv.visitInsn(DUP);
                mv.visitInsn(ARRAYLENGTH);
                p.show(mv, "I", "level " + lv + " length");
                if (lv + 1 < levels) {
                    Label nonEmpty = new Label();
                    mv.visitInsn(DUP);
                    mv.visitInsn(ARRAYLENGTH);
                    mv.visitJumpInsn(IFNE, nonEmpty);
                    mv.visitInsn(POP);
                    p.say(mv, "level " + lv + ": empty");
                    mv.visitJumpInsn(GOTO, out);
                    mv.visitLabel(nonEmpty);
                    mv.visitInsn(ICONST_0);
                    mv.visitInsn(AALOAD);
                } else {
                    mv.visitInsn(POP);
                }
            }
            mv.visitLabel(out);
            end(mv);
        }
        // anewarray of an array class and of an interface; a negative count.
        mv = p.newCase("anewarrayForms");
        mv.visitInsn(ICONST_2);
        mv.visitTypeInsn(ANEWARRAY, "[[J");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
        p.show(mv, "Ljava/lang/Object;", "anewarray [[J");
        mv.visitInsn(ICONST_1);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Runnable");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
        p.show(mv, "Ljava/lang/Object;", "anewarray Runnable");
        mv.visitIntInsn(BIPUSH, -3);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        mv.visitInsn(ARRAYLENGTH);
        p.show(mv, "I", "length");
        end(mv);
        // aastore of the wrong type into an array seen as Object[].
        mv = p.newCase("arrayStore");
        mv.visitInsn(ICONST_1);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        mv.visitInsn(ICONST_0);
        mv.visitInsn(ICONST_1);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        mv.visitInsn(AASTORE);
        p.say(mv, "stored an Integer into a String[]");
        end(mv);
        p.write();
    }

    // ------------------------------------------------------------------------
    // Stores into boolean/byte/char/short fields of ints out of their range (JVMS
    // putfield/putstatic narrow them), and methods returning such types via ireturn.
    static void fieldNarrowing() throws IOException {
        Program p = new Program("FieldNarrowing", V1_5);
        String[] kinds = {"Z", "B", "C", "S"};
        for (String k : kinds) {
            p.cw.visitField(ACC_STATIC, "s" + k, k, null, null).visitEnd();
            p.cw.visitField(0, "i" + k, k, null, null).visitEnd();
        }
        int[] values = {2, 3, 300, 70000, -1, -129, 0x12345678};
        MethodVisitor mv = p.newCase("statics");
        for (String k : kinds)
            for (int v : values) {
                iconst(mv, v);
                mv.visitFieldInsn(PUTSTATIC, p.name, "s" + k, k);
                mv.visitFieldInsn(GETSTATIC, p.name, "s" + k, k);
                p.show(mv, k.equals("Z") ? "I" : k.equals("C") ? "I" : "I", "static " + k + " <- " + v);
            }
        end(mv);
        mv = p.newCase("instances");
        mv.visitTypeInsn(NEW, p.name);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, p.name, "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, 0);
        for (String k : kinds)
            for (int v : values) {
                mv.visitVarInsn(ALOAD, 0);
                iconst(mv, v);
                mv.visitFieldInsn(PUTFIELD, p.name, "i" + k, k);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitFieldInsn(GETFIELD, p.name, "i" + k, k);
                p.show(mv, "I", "field " + k + " <- " + v);
            }
        end(mv);
        // Typed reads through the Java-visible type (as a boolean / char).
        mv = p.newCase("typedReads");
        mv.visitInsn(ICONST_3);
        mv.visitFieldInsn(PUTSTATIC, p.name, "sZ", "Z");
        mv.visitFieldInsn(GETSTATIC, p.name, "sZ", "Z");
        p.show(mv, "Z", "boolean <- 3");
        mv.visitLdcInsn(0x10041);
        mv.visitFieldInsn(PUTSTATIC, p.name, "sC", "C");
        mv.visitFieldInsn(GETSTATIC, p.name, "sC", "C");
        p.show(mv, "C", "char <- 0x10041");
        end(mv);
        for (String k : kinds) {
            MethodVisitor m = p.method(ACC_STATIC, "ret" + k, "(I)" + k);
            m.visitVarInsn(ILOAD, 0);
            m.visitInsn(IRETURN);
            m.visitMaxs(0, 0);
            m.visitEnd();
        }
        mv = p.newCase("returns");
        for (String k : kinds)
            for (int v : values) {
                iconst(mv, v);
                mv.visitMethodInsn(INVOKESTATIC, p.name, "ret" + k, "(I)" + k, false);
                p.show(mv, "I", "return " + k + " of " + v);
            }
        end(mv);
        p.write();
    }

    // ------------------------------------------------------------------------
    // invokedynamic as javac emits it for string concatenation (release 9+) and for
    // a lambda; version 52 for the lambda's bootstrap, 53 not needed.
    static void invokedynamic() throws IOException {
        Program p = new Program("Invokedynamic", V1_8);
        Handle concat = new Handle(H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
                false);
        MethodVisitor mv = p.newCase("stringConcat");
        mv.visitLdcInsn("x");
        mv.visitIntInsn(BIPUSH, 42);
        mv.visitLdcInsn(2.5);
        mv.visitInvokeDynamicInsn("makeConcatWithConstants", "(Ljava/lang/String;ID)Ljava/lang/String;", concat,
                "<\u0001|\u0001|\u0001>");
        p.show(mv, "Ljava/lang/Object;", "concat");
        end(mv);
        // A lambda: Runnable calling a private static method of this class.
        MethodVisitor body = p.method(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, "lambda$0", "()V");
        p.say(body, "lambda ran");
        end(body);
        Handle meta = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;",
                false);
        mv = p.newCase("lambda");
        mv.visitInvokeDynamicInsn("run", "()Ljava/lang/Runnable;", meta, Type.getType("()V"),
                new Handle(H_INVOKESTATIC, p.name, "lambda$0", "()V", false), Type.getType("()V"));
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true);
        end(mv);
        // A call site whose linkage fails (the recipe wants two arguments, the
        // type gives one): every execution of the same site fails again (JVMS 5.4.3.6).
        MethodVisitor bad = p.method(ACC_STATIC, "badConcat", "(I)Ljava/lang/String;");
        bad.visitVarInsn(ILOAD, 0);
        bad.visitInvokeDynamicInsn("makeConcatWithConstants", "(I)Ljava/lang/String;", concat, "\u0001-\u0001");
        bad.visitInsn(ARETURN);
        bad.visitMaxs(0, 0);
        bad.visitEnd();
        for (int i = 1; i <= 2; i++) {
            mv = p.newCase("badConcat" + i);
            Label start = new Label(), stop = new Label(), handler = new Label(), done = new Label();
            mv.visitTryCatchBlock(start, stop, handler, "java/lang/BootstrapMethodError");
            mv.visitLabel(start);
            iconst(mv, i);
            mv.visitMethodInsn(INVOKESTATIC, p.name, "badConcat", "(I)Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", "not reached");
            mv.visitLabel(stop);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Throwable", "getMessage", "()Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", "message");
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Throwable", "getCause", "()Ljava/lang/Throwable;", false);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/String", "valueOf", "(Ljava/lang/Object;)Ljava/lang/String;", false);
            p.show(mv, "Ljava/lang/Object;", "cause");
            mv.visitLabel(done);
            end(mv);
        }
        // ldc of a MethodType and of a MethodHandle (JVMS 5.4.3.5).
        mv = p.newCase("ldcMethodType");
        mv.visitLdcInsn(Type.getMethodType("(ILjava/lang/String;[J)V"));
        p.show(mv, "Ljava/lang/Object;", "type");
        mv.visitLdcInsn(new Handle(H_INVOKEVIRTUAL, "java/lang/String", "length", "()I", false));
        p.show(mv, "Ljava/lang/Object;", "handle");
        mv.visitLdcInsn(new Handle(H_INVOKESTATIC, "java/lang/Integer", "parseInt", "(Ljava/lang/String;)I", false));
        p.show(mv, "Ljava/lang/Object;", "static handle");
        end(mv);
        p.write();
    }

    // Nestmates (JVMS 5.4.4) and sealed classes (JVMS 5.3.5), as class files
    // javac cannot produce: a class claiming a nest host that does not list it,
    // and a class extending a sealed class that does not permit it.
    static void nestsAndSealed() throws IOException {
        String dir = "Nests";
        // NestsHost lists NestsGood only; both NestsGood and NestsRogue name it as host.
        ClassWriter host = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        host.visit(V17, ACC_PUBLIC | ACC_SUPER, "NestsHost", null, "java/lang/Object", null);
        host.visitNestMember("NestsGood");
        MethodVisitor secret = host.visitMethod(ACC_PRIVATE | ACC_STATIC, "secret", "()Ljava/lang/String;", null, null);
        secret.visitCode();
        secret.visitLdcInsn("host secret");
        secret.visitInsn(ARETURN);
        secret.visitMaxs(0, 0);
        secret.visitEnd();
        host.visitEnd();
        writeClass(dir, "NestsHost", host.toByteArray());
        for (String member : new String[] {"NestsGood", "NestsRogue"}) {
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
            cw.visit(V17, ACC_PUBLIC | ACC_SUPER, member, null, "java/lang/Object", null);
            cw.visitNestHost("NestsHost");
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "peek", "()Ljava/lang/String;", null, null);
            mv.visitCode();
            mv.visitMethodInsn(INVOKESTATIC, "NestsHost", "secret", "()Ljava/lang/String;", false);
            mv.visitInsn(ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            writeClass(dir, member, cw.toByteArray());
        }
        ClassWriter sealed = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        sealed.visit(V17, ACC_PUBLIC | ACC_SUPER | ACC_ABSTRACT, "NestsSealed", null, "java/lang/Object", null);
        sealed.visitPermittedSubclassExperimental("NestsPermitted");
        MethodVisitor init = sealed.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        sealed.visitEnd();
        writeClass(dir, "NestsSealed", sealed.toByteArray());
        ClassWriter sealedI = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        sealedI.visit(V17, ACC_PUBLIC | ACC_ABSTRACT | ACC_INTERFACE, "NestsSealedI", null, "java/lang/Object", null);
        sealedI.visitPermittedSubclassExperimental("NestsPermitted");
        sealedI.visitEnd();
        writeClass(dir, "NestsSealedI", sealedI.toByteArray());
        String[][] subclasses = {
            {"NestsPermitted", "NestsSealed", "NestsSealedI"}, {"NestsIntruder", "NestsSealed", null},
            {"NestsImplementor", "java/lang/Object", "NestsSealedI"}};
        for (String[] sub : subclasses) {
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
            cw.visit(V17, ACC_PUBLIC | ACC_SUPER, sub[0], null, sub[1], sub[2] == null ? null : new String[] {sub[2]});
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKESPECIAL, sub[1], "<init>", "()V", false);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            writeClass(dir, sub[0], cw.toByteArray());
        }
        ClassWriter subI = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        subI.visit(V17, ACC_PUBLIC | ACC_ABSTRACT | ACC_INTERFACE, "NestsSubI", null, "java/lang/Object", new String[] {"NestsSealedI"});
        subI.visitEnd();
        writeClass(dir, "NestsSubI", subI.toByteArray());

        // Nests.main: each case prints what it got, or the error's class and message.
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, "Nests", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        String[][] cases = {
            {"NestsGood", "peek", "()Ljava/lang/String;"}, {"NestsRogue", "peek", "()Ljava/lang/String;"},
            {"NestsPermitted", "<init>", "()V"}, {"NestsIntruder", "<init>", "()V"},
            {"NestsImplementor", "<init>", "()V"}, {"NestsSubI", null, null}};
        for (String[] c : cases) {
            Label start = new Label(), end = new Label(), handler = new Label(), done = new Label();
            mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
            mv.visitLabel(start);
            if (c[1] == null) {
                mv.visitLdcInsn(Type.getObjectType(c[0]));
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
            } else if (c[1].equals("<init>")) {
                mv.visitTypeInsn(NEW, c[0]);
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESPECIAL, c[0], "<init>", "()V", false);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, c[0], c[1], c[2], false);
            }
            mv.visitLabel(end);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "toString", "()Ljava/lang/String;", false);
            mv.visitLabel(done);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
            mv.visitVarInsn(ALOAD, 1);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        writeClass(dir, "Nests", cw.toByteArray());
    }
}
