#include "runtime/Barrier.h"

#include <cstring>
#include <sys/mman.h>

namespace cortado::runtime {

uint8_t* g_cardTableBiased = nullptr;

void markCards(const void* start, size_t bytes) {
    if (bytes == 0) return;
    uintptr_t first = reinterpret_cast<uintptr_t>(start) >> kCardShift;
    uintptr_t last = (reinterpret_cast<uintptr_t>(start) + bytes - 1) >> kCardShift;
    std::memset(g_cardTableBiased + first, kDirtyCard, last - first + 1);
}

CardTable::CardTable(const void* base, size_t bytes) {
    uintptr_t first = reinterpret_cast<uintptr_t>(base) >> kCardShift;
    uintptr_t last = (reinterpret_cast<uintptr_t>(base) + bytes + (1u << kCardShift) - 1) >> kCardShift;
    size_ = last - first + 1;
    void* p = ::mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    table_ = static_cast<uint8_t*>(p);
    std::memset(table_, kCleanCard, size_);
    biased_ = table_ - first;
    g_cardTableBiased = biased_;
}

CardTable::~CardTable() {
    if (g_cardTableBiased == biased_) g_cardTableBiased = nullptr;
    ::munmap(table_, size_);
}

void CardTable::clear(const void* start, size_t bytes) {
    if (bytes == 0) return;
    uint8_t* a = cardFor(start);
    uint8_t* b = cardFor(static_cast<const uint8_t*>(start) + bytes - 1);
    std::memset(a, kCleanCard, size_t(b - a + 1));
}

}  // namespace cortado::runtime
