// Symbolic reference resolution (JVMS 5.4.3) and method selection (JVMS
// 5.4.6), shared by the interpreter and the JIT. Each resolve* fills the
// class's constant-pool cache entry on success, and returns nullptr with a
// Java exception pending on failure.
#pragma once
#include <cstdint>
#include <string_view>

#include "runtime/Klass.h"

namespace cortado::runtime {

class JavaThread;

Klass* resolveClass(JavaThread& thread, Klass* from, uint16_t cpIndex);
Field* resolveField(JavaThread& thread, Klass* from, uint16_t cpIndex, bool isStatic);
// Methodref (JVMS 5.4.3.3) or InterfaceMethodref (5.4.3.4), by the entry's tag.
Method* resolveMethod(JavaThread& thread, Klass* from, uint16_t cpIndex);
// ldc of a String or Class (or MethodType/MethodHandle later): the root cell holding it.
Object** resolveConstant(JavaThread& thread, Klass* from, uint16_t cpIndex);

// JVMS 5.4.4: the validated nest host of `k` (`k` itself if it has none or validation fails).
Klass* nestHostOf(JavaThread& thread, Klass* k);

// JVMS 5.5: initializes `k` if needed. False with an exception pending on failure.
bool initializeClass(JavaThread& thread, Klass* k);

// Lookup by name and descriptor along the superclass chain (JVMS 5.4.3.3 step 2).
Method* findMethodInClassChain(Klass* k, std::string_view name, std::string_view descriptor);
// JVMS 5.4.3.3 step 3 / 5.4.6: the maximally-specific superinterface method, preferring a
// non-abstract one; nullptr if none.
Method* findMaximallySpecific(Klass* k, std::string_view name, std::string_view descriptor);
Field* findField(Klass* k, std::string_view name, std::string_view descriptor);

// JVMS 6.5 invokevirtual/invokeinterface selection for receiver class `receiver`.
Method* selectVirtual(Klass* receiver, Method* resolved);
// JVMS 6.5 invokespecial selection.
Method* selectSpecial(Klass* current, Klass* symbolic, Method* resolved);

// The Java "mirror" (java.lang.Class object) of a class, created on first use.
Object* mirrorOf(JavaThread& thread, Klass* k);
Klass* klassOfMirror(JavaThread& thread, Object* mirror);

// Where HotSpot says a class lives, for messages: "unnamed module of loader 'app'"
// or "module java.base of loader 'bootstrap'".
std::string moduleDescription(const Klass* k);
// JDK 17's ClassCastException message: "class A cannot be cast to class B (A and B are in ...)".
std::string classCastMessage(const Klass* from, const Klass* to);
// "'int Foo.bar(java.lang.String, int)'", as NoSuchMethodError and friends word it.
std::string methodForMessage(const Klass* k, std::string_view name, std::string_view descriptor);
// "java.lang.String[]" for "[Ljava/lang/String;": a descriptor as Java source spells the type.
std::string typeNameOfDescriptor(std::string_view descriptor);

}  // namespace cortado::runtime
