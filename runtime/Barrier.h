// The write barrier: card marking (DESIGN.md "GC strategies behind one
// interface"). Every store of a reference into a heap object marks the card
// (512 bytes of heap) holding the field, so a young-generation collection
// finds old-to-young references by scanning dirty cards instead of the whole
// old generation. The interpreter, the JIT and C++ code all store references
// through this; every heap covers its reserved range with a card table, so
// the barrier is one shift and one byte store, with no test.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/Object.h"

namespace cortado::runtime {

constexpr int kCardShift = 9;  // 512-byte cards, as HotSpot's
constexpr uint8_t kDirtyCard = 0;
constexpr uint8_t kCleanCard = 1;

// Card of address a: g_cardTableBiased[a >> kCardShift]. Set by CardTable.
extern uint8_t* g_cardTableBiased;

inline void markCard(const void* field) { g_cardTableBiased[reinterpret_cast<uintptr_t>(field) >> kCardShift] = kDirtyCard; }
// Marks the cards of every field in [start, start + bytes).
void markCards(const void* start, size_t bytes);

// A reference store from C++ into a heap object's field or array element.
inline void storeReference(Object** field, Object* value) {
    *field = value;
    markCard(field);
}

// The card table of one heap's reserved range (clean initially).
class CardTable {
public:
    CardTable(const void* base, size_t bytes);
    ~CardTable();
    uint8_t* cardFor(const void* p) const { return biased_ + (reinterpret_cast<uintptr_t>(p) >> kCardShift); }
    uint8_t* addressOfCard(const uint8_t* card) const {
        return reinterpret_cast<uint8_t*>(uintptr_t(card - biased_) << kCardShift);
    }
    void clear(const void* start, size_t bytes);

private:
    uint8_t* table_ = nullptr;
    size_t size_ = 0;
    uint8_t* biased_ = nullptr;
};

}  // namespace cortado::runtime
