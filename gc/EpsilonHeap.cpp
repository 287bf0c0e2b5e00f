#include "gc/EpsilonHeap.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>

namespace cortado::gc {

EpsilonHeap::EpsilonHeap(size_t initialBytes, size_t maxBytes) : initial_(initialBytes), max_(maxBytes) {
    // Reserve address space only; the kernel provides zeroed pages on first touch.
    void* p = ::mmap(nullptr, max_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        std::fprintf(stderr, "Error occurred during initialization of VM\nCould not reserve enough space for object heap\n");
        std::exit(1);
    }
    base_ = top_ = static_cast<uint8_t*>(p);
    end_ = base_ + max_;
    cards_ = std::make_unique<runtime::CardTable>(base_, max_);
}

EpsilonHeap::~EpsilonHeap() { ::munmap(base_, max_); }

runtime::Object* EpsilonHeap::allocate(runtime::JavaThread&, size_t bytes) {
    if (bytes > static_cast<size_t>(end_ - top_)) return nullptr;
    auto* o = reinterpret_cast<runtime::Object*>(top_);
    top_ += bytes;
    return o;
}

size_t EpsilonHeap::capacityBytes() const {
    // Committed memory as the program sees it: at least -Xms, growing in 1 MiB steps.
    size_t used = usedBytes();
    size_t step = size_t(1) << 20;
    return std::min(max_, std::max(initial_, (used + step - 1) / step * step));
}

}  // namespace cortado::gc
