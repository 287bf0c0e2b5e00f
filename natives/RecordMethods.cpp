// java.lang.runtime.ObjectMethods.bootstrap: a record's toString, equals and
// hashCode (javac --release 16+ emits invokedynamic for them), linked by the
// VM with the results JDK 17's ObjectMethods gives:
//   toString  "Point[x=1, y=2]": the simple name, each component through
//             String.valueOf, in order (one concatenation, natives/StringConcat.h);
//   hashCode  h = 31 * h + hash(c) over the components in order, starting at
//             0, hash being the wrapper's static hashCode or Objects.hashCode;
//   equals    same object: true; not an instance of the record: false; else
//             the components compared from the LAST to the first (ObjectMethods
//             nests its guards that way, which shows when equals() has side
//             effects), floats and doubles with Float/Double.compare == 0,
//             references with Objects.equals.
#include <bit>
#include <cmath>
#include <string>
#include <vector>

#include "classfile/ModifiedUtf8.h"
#include "natives/Natives.h"
#include "natives/StringConcat.h"
#include "runtime/CallSiteLinking.h"
#include "runtime/JavaCalls.h"
#include "runtime/JavaThread.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"
#include "runtime/Vm.h"

namespace cortado::natives {

using classfile::BasicType;
using classfile::CpTag;
using classfile::RefKind;
using namespace runtime;

namespace {

struct RecordComponents : CallSiteData {
    Klass* recordClass = nullptr;
    std::vector<Field*> fields;
    ConcatRecipe toString;  // for toString only
};

// A component's value as an operand-stack slot.
Slot readComponent(Object* record, const Field* f) {
    switch (f->type) {
        case BasicType::Boolean: return intToSlot(record->field<uint8_t>(f->offset));
        case BasicType::Byte: return intToSlot(record->field<int8_t>(f->offset));
        case BasicType::Char: return intToSlot(record->field<uint16_t>(f->offset));
        case BasicType::Short: return intToSlot(record->field<int16_t>(f->offset));
        case BasicType::Int: return intToSlot(record->field<int32_t>(f->offset));
        case BasicType::Float: return floatToSlot(record->field<float>(f->offset));
        case BasicType::Long: return longToSlot(record->field<int64_t>(f->offset));
        case BasicType::Double: return doubleToSlot(record->field<double>(f->offset));
        default: return refToSlot(record->field<Object*>(f->offset));
    }
}

Method* objectMethod(JavaThread& thread, const char* name, const char* descriptor) {
    return thread.vm.objectClass->findDeclaredMethod(name, descriptor);
}

Slot toStringTarget(JavaThread& thread, const CallSite& site, Slot* args) {
    const auto& rc = site.dataAs<RecordComponents>();
    // args[0] is re-read for every component: toString() calls may move the record.
    return refToSlot(concatenate(thread, rc.toString, [&](size_t i) { return readComponent(slotToRef(args[0]), rc.fields[i]); }));
}

int32_t longHash(int64_t v) { return static_cast<int32_t>(v ^ static_cast<int64_t>(static_cast<uint64_t>(v) >> 32)); }

Slot hashCodeTarget(JavaThread& thread, const CallSite& site, Slot* args) {
    const auto& rc = site.dataAs<RecordComponents>();
    static Method* hashCode = objectMethod(thread, "hashCode", "()I");
    uint32_t h = 0;
    for (const Field* f : rc.fields) {
        Slot v = readComponent(slotToRef(args[0]), f);
        int32_t c;
        switch (f->type) {
            case BasicType::Boolean: c = slotToInt(v) ? 1231 : 1237; break;
            case BasicType::Long: c = longHash(slotToLong(v)); break;
            case BasicType::Float: {
                float x = slotToFloat(v);
                c = std::isnan(x) ? 0x7fc00000 : std::bit_cast<int32_t>(x);  // Float.floatToIntBits
                break;
            }
            case BasicType::Double: {
                double x = slotToDouble(v);
                c = longHash(std::isnan(x) ? 0x7ff8000000000000LL : std::bit_cast<int64_t>(x));  // doubleToLongBits
                break;
            }
            case BasicType::Object: case BasicType::Array: {
                Object* o = slotToRef(v);
                if (!o) { c = 0; break; }
                Slot r = callJava(thread, o->klass->vtable[hashCode->vtableIndex], {refToSlot(o)});
                if (thread.hasPendingException()) return 0;
                c = slotToInt(r);
                break;
            }
            default: c = slotToInt(v); break;  // int, short, char, byte: the value
        }
        h = h * 31 + static_cast<uint32_t>(c);
    }
    return intToSlot(static_cast<int32_t>(h));
}

Slot equalsTarget(JavaThread& thread, const CallSite& site, Slot* args) {
    const auto& rc = site.dataAs<RecordComponents>();
    static Method* equals = objectMethod(thread, "equals", "(Ljava/lang/Object;)Z");
    Object* self = slotToRef(args[0]);
    Object* other = slotToRef(args[1]);
    if (self == other) return intToSlot(1);
    if (!other || !other->klass->isSubclassOf(rc.recordClass)) return intToSlot(0);
    for (size_t i = rc.fields.size(); i-- > 0;) {
        const Field* f = rc.fields[i];
        Slot a = readComponent(slotToRef(args[0]), f), b = readComponent(slotToRef(args[1]), f);
        bool same;
        switch (f->type) {
            case BasicType::Float: {  // Float.compare(a, b) == 0
                float x = slotToFloat(a), y = slotToFloat(b);
                same = (std::isnan(x) && std::isnan(y)) || (x == y && std::signbit(x) == std::signbit(y));
                break;
            }
            case BasicType::Double: {
                double x = slotToDouble(a), y = slotToDouble(b);
                same = (std::isnan(x) && std::isnan(y)) || (x == y && std::signbit(x) == std::signbit(y));
                break;
            }
            case BasicType::Long: same = slotToLong(a) == slotToLong(b); break;
            case BasicType::Object: case BasicType::Array: {  // Objects.equals(a, b)
                Object* x = slotToRef(a);
                Object* y = slotToRef(b);
                if (x == y) { same = true; break; }
                if (!x) { same = false; break; }
                Slot r = callJava(thread, x->klass->vtable[equals->vtableIndex], {a, b});
                if (thread.hasPendingException()) return 0;
                same = slotToInt(r) != 0;
                break;
            }
            default: same = slotToInt(a) == slotToInt(b); break;
        }
        if (!same) return intToSlot(0);
    }
    return intToSlot(1);
}

bool linkObjectMethods(JavaThread& thread, const BootstrapCall& call, CallSite& site) {
    const auto& cp = call.pool();
    if (call.argumentCount() < 2 || cp.tag(call.argument(0)) != CpTag::Class || cp.tag(call.argument(1)) != CpTag::String) {
        throwBootstrapFailure(thread, "java/lang/IllegalArgumentException", "bad ObjectMethods.bootstrap arguments");
        return false;
    }
    auto rc = std::make_unique<RecordComponents>();
    rc->recordClass = resolveClass(thread, call.caller, call.argument(0));
    if (!rc->recordClass) return false;
    std::string names = cp.utf8(cp.at(call.argument(1)).index1);
    std::vector<std::string> nameList;
    if (!names.empty()) {
        size_t start = 0;
        while (true) {
            size_t semi = names.find(';', start);
            nameList.push_back(names.substr(start, semi == std::string::npos ? std::string::npos : semi - start));
            if (semi == std::string::npos) break;
            start = semi + 1;
        }
    }
    size_t getters = call.argumentCount() - 2;
    if (nameList.size() != getters) {
        throwBootstrapFailure(thread, "java/lang/IllegalArgumentException",
                              "names length does not match getters length: " + std::to_string(nameList.size()) + " vs " +
                                  std::to_string(getters));
        return false;
    }
    for (size_t i = 0; i < getters; ++i) {
        ResolvedMethodHandle h;
        if (!resolveMethodHandleConstant(thread, call.caller, call.argument(2 + i), h)) return false;
        if (h.kind != RefKind::GetField || !h.field) {
            throwBootstrapFailure(thread, "java/lang/IllegalArgumentException", "a record getter must be a getField handle");
            return false;
        }
        rc->fields.push_back(h.field);
    }
    if (call.name == "toString") {
        // The simple name as Class.getSimpleName computes it.
        Object* mirror = mirrorOf(thread, rc->recordClass);
        if (!mirror) return false;
        Klass* cc = thread.vm.classClass;
        Method* simpleName = cc->findDeclaredMethod("getSimpleName", "()Ljava/lang/String;");
        if (!simpleName) {
            thread.throwNew("java/lang/InternalError", "Class.getSimpleName is missing");
            return false;
        }
        Slot s = callJava(thread, simpleName, {refToSlot(mirror)});
        if (thread.hasPendingException()) return false;
        std::u16string text = stringChars(thread, slotToRef(s)) + u"[";
        auto& recipe = rc->toString;
        for (size_t i = 0; i < getters; ++i) {
            const Field* f = rc->fields[i];
            recipe.argTypes.push_back(f->type);
            recipe.argIsString.push_back(f->descriptor == "Ljava/lang/String;");
            recipe.argSlot.push_back(0);  // unused: components are read from the record
            ConcatPart name;
            name.constant = text + (i ? u", " : u"") + classfile::decodeModifiedUtf8(nameList[i]) + u"=";
            text.clear();
            recipe.parts.push_back(std::move(name));
            ConcatPart value;
            value.arg = static_cast<int>(i);
            value.type = f->type;
            value.isString = recipe.argIsString.back();
            recipe.parts.push_back(std::move(value));
        }
        ConcatPart close;
        close.constant = text + u"]";
        recipe.parts.push_back(std::move(close));
        site.target = &toStringTarget;
    } else if (call.name == "hashCode") {
        site.target = &hashCodeTarget;
    } else if (call.name == "equals") {
        site.target = &equalsTarget;
    } else {
        throwBootstrapFailure(thread, "java/lang/IllegalArgumentException", call.name);
        return false;
    }
    site.data = std::move(rc);
    site.kind = CallSite::Kind::Native;
    return true;
}

}  // namespace

void registerRecordBootstraps(NativeRegistry& r) {
    r.addBootstrap("java/lang/runtime/ObjectMethods", "bootstrap",
                   "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/TypeDescriptor;"
                   "Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/invoke/MethodHandle;)Ljava/lang/Object;",
                   &linkObjectMethods);
}

}  // namespace cortado::natives
