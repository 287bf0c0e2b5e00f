// Calling native code from Java (docs/jni.md "Calls into native code"). A
// bound native method's NativeFunction is a three-instruction asmjit thunk
// that adds the binding (method, C function) as a third argument and jumps to
// one generic marshaller. The marshaller turns the Java argument slots into
// System V AMD64 arguments (integers and pointers in rdi, rsi, rdx, rcx, r8,
// r9; float and double in xmm0-7; the rest on the stack in order) and calls
// the function through a hand-written trampoline (callNativeAbi below).
//
// Reference arguments become JNI local references in a local frame opened
// for the call, before anything can allocate: a callback into Java may move
// every object, and the references (GC roots) follow them.
#include <asmjit/x86.h>

#include <cstdlib>
#include <cstring>
#include <deque>
#include <vector>

#include "natives/jni/Jni.h"
#include "runtime/Monitor.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"

// rdi fn, rsi gp[6], rdx fp[8], rcx stack[], r8 stack count, r9 where xmm0 goes.
// Returns rax. rbx and r12 are callee-saved here, so they are saved first;
// the stack is 16-byte aligned at the call (System V ABI 3.2.2).
extern "C" uint64_t cortado_call_native_abi(void* fn, const uint64_t* gp, const uint64_t* fp, const uint64_t* stack,
                                            uint64_t stackCount, uint64_t* xmm0);
asm(R"(
    .pushsection .text
    .globl cortado_call_native_abi
    .type cortado_call_native_abi, @function
cortado_call_native_abi:
    pushq %rbp
    movq %rsp, %rbp
    pushq %rbx
    pushq %r12
    movq %r9, %rbx
    movq %rdi, %r10
    movq %rsi, %r11
    leaq 15(,%r8,8), %rax
    andq $-16, %rax
    subq %rax, %rsp
    xorl %r12d, %r12d
1:  cmpq %r8, %r12
    jae 2f
    movq (%rcx,%r12,8), %rax
    movq %rax, (%rsp,%r12,8)
    incq %r12
    jmp 1b
2:  movsd 0(%rdx), %xmm0
    movsd 8(%rdx), %xmm1
    movsd 16(%rdx), %xmm2
    movsd 24(%rdx), %xmm3
    movsd 32(%rdx), %xmm4
    movsd 40(%rdx), %xmm5
    movsd 48(%rdx), %xmm6
    movsd 56(%rdx), %xmm7
    movq 0(%r11), %rdi
    movq 8(%r11), %rsi
    movq 16(%r11), %rdx
    movq 24(%r11), %rcx
    movq 32(%r11), %r8
    movq 40(%r11), %r9
    movl $8, %eax
    callq *%r10
    movq %xmm0, (%rbx)
    leaq -16(%rbp), %rsp
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size cortado_call_native_abi, .-cortado_call_native_abi
    .popsection
)");

namespace cortado::jni {

using classfile::BasicType;
using runtime::JavaThread;
using runtime::JniRef;
using runtime::Method;
using runtime::Object;
using runtime::Slot;

namespace {

struct Binding {
    Method* method;
    void* code;
};

// The arguments of one call, classified as System V does.
class AbiArgs {
public:
    void integer(uint64_t v) { if (gpCount_ < 6) gp_[gpCount_++] = v; else stack_.push_back(v); }
    void floating(uint64_t bits) { if (fpCount_ < 8) fp_[fpCount_++] = bits; else stack_.push_back(bits); }
    // Returns rax; xmm0 in *xmm0.
    uint64_t call(void* fn, uint64_t* xmm0) {
        return cortado_call_native_abi(fn, gp_, fp_, stack_.data(), stack_.size(), xmm0);
    }

private:
    uint64_t gp_[6] = {};
    uint64_t fp_[8] = {};
    int gpCount_ = 0, fpCount_ = 0;
    std::vector<uint64_t> stack_;
};

// A primitive Java argument as its C type, widened to a full register (the
// ABI leaves the upper bits to the callee, but compilers assume the C
// promotions: sign-extended byte/short/int, zero-extended boolean/char).
void addPrimitive(AbiArgs& abi, BasicType t, Slot s) {
    switch (t) {
        case BasicType::Boolean: abi.integer(uint8_t(s)); break;
        case BasicType::Char: abi.integer(uint16_t(s)); break;
        case BasicType::Byte: abi.integer(uint64_t(int64_t(int8_t(s)))); break;
        case BasicType::Short: abi.integer(uint64_t(int64_t(int16_t(s)))); break;
        case BasicType::Int: abi.integer(uint64_t(int64_t(int32_t(s)))); break;
        case BasicType::Long: abi.integer(s); break;
        case BasicType::Float: abi.floating(uint32_t(s)); break;
        case BasicType::Double: abi.floating(s); break;
        default: std::abort();  // references are not primitives
    }
}

// The C return value (rax or xmm0) as the method's Java result slot.
Slot primitiveResult(BasicType t, uint64_t rax, uint64_t xmm0) {
    switch (t) {
        case BasicType::Void: return 0;
        case BasicType::Boolean: return runtime::intToSlot(uint8_t(rax) != 0);  // as HotSpot: any non-zero is true
        case BasicType::Char: return runtime::intToSlot(uint16_t(rax));
        case BasicType::Byte: return runtime::intToSlot(int8_t(rax));
        case BasicType::Short: return runtime::intToSlot(int16_t(rax));
        case BasicType::Int: return runtime::intToSlot(int32_t(rax));
        case BasicType::Long: return rax;
        case BasicType::Float: return uint32_t(xmm0);
        case BasicType::Double: return xmm0;
        default: return 0;
    }
}

// The object a synchronized native method locks (JVMS 2.11.10): the receiver or the class.
Object* lockOf(Method* m, JniRef self) { return runtime::jniResolve(self); }

Slot invokeJni(JavaThread& thread, Slot* args, Binding* b) {
    Method* m = b->method;
    runtime::JniLocalRefs& locals = thread.jniLocals;
    locals.pushFrame();
    // References first: nothing has allocated yet, so the slots hold current addresses.
    std::vector<JniRef> refs;
    JniRef self = nullptr;
    int slot = 0;
    if (!m->isStatic()) self = locals.make(runtime::slotToRef(args[slot++]));
    for (BasicType t : m->signature.params) {
        if (classfile::isReference(t)) refs.push_back(locals.make(runtime::slotToRef(args[slot])));
        slot += classfile::slotCount(t);
    }
    if (m->isStatic()) {
        Object* mirror = runtime::mirrorOf(thread, m->owner);  // may allocate
        if (!mirror) {
            locals.popFrame();
            return 0;
        }
        self = locals.make(mirror);
    }
    AbiArgs abi;
    abi.integer(reinterpret_cast<uint64_t>(envOf(thread)));
    abi.integer(reinterpret_cast<uint64_t>(self));
    slot = m->isStatic() ? 0 : 1;
    size_t refIndex = 0;
    for (BasicType t : m->signature.params) {
        if (classfile::isReference(t)) abi.integer(reinterpret_cast<uint64_t>(refs[refIndex++]));
        else addPrimitive(abi, t, args[slot]);
        slot += classfile::slotCount(t);
    }
    Object* lock = m->isSynchronized() ? lockOf(m, self) : nullptr;
    if (lock) runtime::monitorEnter(thread, lock);
    uint64_t xmm0 = 0;
    uint64_t rax = abi.call(b->code, &xmm0);
    Slot result = classfile::isReference(m->signature.returnType)
                      ? runtime::refToSlot(runtime::jniResolve(reinterpret_cast<JniRef>(rax)))
                      : primitiveResult(m->signature.returnType, rax, xmm0);
    if (lock) {
        // Exiting keeps a pending exception (it is the method's outcome).
        Object* pending = thread.takePendingException();
        runtime::monitorExit(thread, lockOf(m, self));
        if (pending) thread.throwException(pending);
    }
    locals.popFrame();
    return thread.hasPendingException() ? 0 : result;
}

// The -Dcortado.libc binding: C types straight from Java ones. A byte[] is
// passed as a NUL-terminated copy (copied back after the call, so a function
// may fill it), a String as its NUL-terminated UTF-8 bytes; a String result
// is the C string the function returns (NULL is null).
Slot invokeLibc(JavaThread& thread, Slot* args, Binding* b) {
    Method* m = b->method;
    AbiArgs abi;
    std::deque<std::string> buffers;  // deque: each buffer keeps its address
    int slot = 0;
    for (size_t i = 0; i < m->signature.params.size(); ++i) {
        BasicType t = m->signature.params[i];
        if (t == BasicType::Array) {
            auto* a = static_cast<runtime::Array*>(runtime::slotToRef(args[slot]));
            if (!a) abi.integer(0);
            else abi.integer(reinterpret_cast<uint64_t>(buffers.emplace_back(a->data<char>(), size_t(a->length)).data()));
        } else if (t == BasicType::Object) {
            Object* s = runtime::slotToRef(args[slot]);
            if (!s) abi.integer(0);
            else abi.integer(reinterpret_cast<uint64_t>(buffers.emplace_back(runtime::stringToUtf8(thread, s)).data()));
        } else {
            addPrimitive(abi, t, args[slot]);
        }
        slot += classfile::slotCount(t);
    }
    uint64_t xmm0 = 0;
    uint64_t rax = abi.call(b->code, &xmm0);
    // Copy the byte arrays back (nothing allocated since they were read: the slots are current).
    slot = 0;
    size_t buffer = 0;
    for (BasicType t : m->signature.params) {
        if (t == BasicType::Array || t == BasicType::Object) {
            auto* a = static_cast<runtime::Array*>(runtime::slotToRef(args[slot]));
            if (a && t == BasicType::Array) std::memcpy(a->data<char>(), buffers[buffer].data(), size_t(a->length));
            if (a) ++buffer;
        }
        slot += classfile::slotCount(t);
    }
    if (m->signature.returnType == BasicType::Object) {
        const char* s = reinterpret_cast<const char*>(rax);
        return s ? runtime::refToSlot(runtime::newStringFromUtf8(thread, s)) : 0;
    }
    return primitiveResult(m->signature.returnType, rax, xmm0);
}

asmjit::JitRuntime& thunkRuntime() {
    static asmjit::JitRuntime runtime;
    return runtime;
}

// A NativeFunction (thread in rdi, args in rsi) that calls target(thread, args, binding).
runtime::NativeFunction makeThunk(Binding* binding, Slot (*target)(JavaThread&, Slot*, Binding*)) {
    asmjit::CodeHolder code;
    code.init(thunkRuntime().environment());
    asmjit::x86::Assembler a(&code);
    a.mov(asmjit::x86::rdx, asmjit::imm(reinterpret_cast<uint64_t>(binding)));
    a.mov(asmjit::x86::rax, asmjit::imm(reinterpret_cast<uint64_t>(target)));
    a.jmp(asmjit::x86::rax);
    runtime::NativeFunction fn = nullptr;
    if (thunkRuntime().add(&fn, &code) != asmjit::kErrorOk) return nullptr;
    return fn;
}

std::deque<Binding>& bindings() {
    static std::deque<Binding> all;  // a binding lives as long as its thunk: the process
    return all;
}

}  // namespace

runtime::NativeFunction bindJniFunction(Method* method, void* code) {
    return makeThunk(&bindings().emplace_back(Binding{method, code}), invokeJni);
}

runtime::NativeFunction bindLibcFunction(Method* method, void* code) {
    return makeThunk(&bindings().emplace_back(Binding{method, code}), invokeLibc);
}

bool libcBindable(const Method* method) {
    if (!method->isStatic()) return false;
    for (const std::string& d : method->signature.paramDescriptors)
        if (d.size() != 1 && d != "[B" && d != "Ljava/lang/String;") return false;
    const std::string& r = method->signature.returnDescriptor;
    return r.size() == 1 || r == "Ljava/lang/String;";
}

}  // namespace cortado::jni
