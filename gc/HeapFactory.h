// Creates the heap strategy the --gc flag names.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "runtime/Heap.h"
#include "runtime/VmOptions.h"

namespace cortado::gc {

// The names --gc accepts.
const std::vector<std::string>& strategyNames();
// nullptr if the name is unknown.
std::unique_ptr<runtime::Heap> createHeap(const runtime::VmOptions& options);

}  // namespace cortado::gc
