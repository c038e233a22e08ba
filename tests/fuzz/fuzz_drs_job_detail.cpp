// SPDX-License-Identifier: MIT
// libFuzzer target: drs::decodeJobDetail (v5 jobs/{id}?type=progress).
#include "fuzz.h"
#include "drsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(drs::decodeJobDetail(fuzz::body(data, size)));
    return 0;
}
