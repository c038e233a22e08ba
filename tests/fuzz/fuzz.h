// SPDX-License-Identifier: MIT
// Shared by the libFuzzer targets: the input as a body, and a use of every decoded error so
// its formatting runs too.
#pragma once

#include "types.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace omsdash::fuzz {

/// A real copy (null-terminated, heap-allocated to size), as a network reply body would be.
inline QByteArray body(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// What the UI does with an error: one line of text.
inline void use(const ApiError &error)
{
    volatile qsizetype n = error.toString().size();
    (void)n;
}

template <typename T>
void use(const Result<T> &result)
{
    use(result.error);
}

} // namespace omsdash::fuzz
