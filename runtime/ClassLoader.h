// Loading and linking (JVMS 5.3, 5.4): finds class files on the boot class
// path then the application class path, defines classes, lays out fields and
// builds vtables and itables. Errors become pending Java exceptions.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/ClassPath.h"
#include "runtime/Klass.h"

namespace cortado::runtime {

class JavaThread;

class ClassLoader {
public:
    ClassPath bootPath;
    ClassPath appPath;
    bool verbose = false;  // -verbose:class

    // Loads, links and returns the class, or nullptr with an exception pending
    // (NoClassDefFoundError, ClassFormatError, LinkageError, ...). Array names
    // ("[I", "[Ljava/lang/String;") create array classes.
    Klass* load(JavaThread& thread, std::string_view internalName);
    // Already-loaded class or nullptr; never loads.
    Klass* findLoaded(std::string_view internalName) const;
    Klass* arrayOf(JavaThread& thread, Klass* component);
    // Defines a class the VM generated (the class of a lambda) from its class
    // file; `source` is what -verbose:class names as its origin, `externalName`
    // what Class.getName says (HotSpot's hidden-class form "A$$Lambda$1/0x...").
    Klass* defineGenerated(JavaThread& thread, std::string_view name, std::vector<uint8_t> bytes, bool boot,
                           std::string_view source, std::string_view externalName);
    Klass* primitive(classfile::BasicType type) const { return primitives_[static_cast<unsigned char>(type)]; }
    void createPrimitiveClasses();
    template <typename F> void forEachClass(F&& f) { for (auto& [n, k] : classes_) f(k.get()); }

private:
    Klass* define(JavaThread& thread, std::string_view name, std::vector<uint8_t> bytes, bool boot,
                  std::string_view source = {}, std::string_view externalName = {});
    bool link(JavaThread& thread, Klass* k);
    bool checkFinalOverrides(JavaThread& thread, Klass* k);
    void layoutFields(Klass* k);
    void buildVtable(Klass* k);
    void buildItable(Klass* k);
    Klass* createArrayClass(JavaThread& thread, std::string_view name);

    std::unordered_map<std::string, std::unique_ptr<Klass>> classes_;
    std::unordered_set<std::string> loading_;  // for ClassCircularityError
    Klass* primitives_[128] = {};
};

}  // namespace cortado::runtime
