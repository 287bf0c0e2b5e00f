#include "tests/fuzz/FixedHierarchy.h"

#include <array>
#include <functional>

namespace cortado::fuzz {

namespace {

struct BootClass {
    std::string_view name, super;
    bool interface;
};

// The classes javac's output names most often, with their real superclasses.
constexpr std::array<BootClass, 16> kBootClasses{{
    {"java/lang/Object", "", false},
    {"java/lang/String", "java/lang/Object", false},
    {"java/lang/Class", "java/lang/Object", false},
    {"java/lang/Throwable", "java/lang/Object", false},
    {"java/lang/Exception", "java/lang/Throwable", false},
    {"java/lang/RuntimeException", "java/lang/Exception", false},
    {"java/lang/Error", "java/lang/Throwable", false},
    {"java/lang/Number", "java/lang/Object", false},
    {"java/lang/Integer", "java/lang/Number", false},
    {"java/lang/StringBuilder", "java/lang/Object", false},
    {"java/lang/System", "java/lang/Object", false},
    {"java/io/PrintStream", "java/lang/Object", false},
    {"java/lang/Cloneable", "java/lang/Object", true},
    {"java/io/Serializable", "java/lang/Object", true},
    {"java/lang/Comparable", "java/lang/Object", true},
    {"java/lang/Runnable", "java/lang/Object", true},
}};

struct BootMember {
    std::string_view owner, name, descriptor;
    uint16_t flags;
};

// Object's protected methods reach the verifier's protected-access rule (JVMS 4.10.1.8).
constexpr std::array<BootMember, 4> kBootMembers{{
    {"java/lang/Object", "clone", "()Ljava/lang/Object;", classfile::acc::PROTECTED | classfile::acc::NATIVE},
    {"java/lang/Object", "finalize", "()V", classfile::acc::PROTECTED},
    {"java/lang/Object", "hashCode", "()I", classfile::acc::PUBLIC | classfile::acc::NATIVE},
    {"java/lang/Object", "<init>", "()V", classfile::acc::PUBLIC},
}};

}  // namespace

FixedHierarchy::FixedHierarchy(const classfile::ClassFile& cf)
    : cf_(cf), self_(cf.this_class), selfSuper_(cf.super_class) {}

std::optional<FixedHierarchy::Known> FixedHierarchy::lookup(std::string_view name) const {
    if (name == self_) return Known{cf_.isInterface(), selfSuper_};
    for (const BootClass& c : kBootClasses)
        if (c.name == name) return Known{c.interface, std::string(c.super)};
    if (std::hash<std::string_view>{}(name) % 10 == 0) return Known{false, "java/lang/Object"};
    return std::nullopt;
}

std::optional<bool> FixedHierarchy::isInterface(std::string_view name) {
    auto k = lookup(name);
    if (!k) return std::nullopt;
    return k->interface;
}

std::optional<bool> FixedHierarchy::isSubclassOf(std::string_view sub, std::string_view super) {
    if (!lookup(super)) return std::nullopt;
    std::string current(sub);
    // A fuzzed class may name itself (or a cycle) as its superclass: the loader
    // would reject that with ClassCircularityError, so the walk is bounded here.
    for (int depth = 0; depth < 32; ++depth) {
        auto k = lookup(current);
        if (!k) return std::nullopt;
        if (current == super) return true;
        if (k->super.empty()) return false;
        current = k->super;
    }
    return false;
}

std::optional<std::string> FixedHierarchy::superclassOf(std::string_view name) {
    auto k = lookup(name);
    if (!k) return std::nullopt;
    return k->super;
}

std::optional<verifier::ClassHierarchy::Member> FixedHierarchy::findMember(std::string_view className,
                                                                          std::string_view name,
                                                                          std::string_view descriptor,
                                                                          bool isMethod) {
    std::string current(className);
    for (int depth = 0; depth < 32; ++depth) {
        auto k = lookup(current);
        if (!k) return std::nullopt;
        if (current == self_) {
            if (isMethod) {
                for (const auto& m : cf_.methods)
                    if (m.name == name && m.descriptor == descriptor) return Member{true, self_, m.access_flags};
            } else {
                for (const auto& f : cf_.fields)
                    if (f.name == name && f.descriptor == descriptor) return Member{true, self_, f.access_flags};
            }
        }
        for (const BootMember& m : kBootMembers)
            if (isMethod && m.owner == current && m.name == name && m.descriptor == descriptor)
                return Member{true, std::string(m.owner), m.flags};
        if (k->super.empty()) break;
        current = k->super;
    }
    return Member{};
}

}  // namespace cortado::fuzz
