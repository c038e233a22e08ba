// SPDX-License-Identifier: MIT
// libFuzzer target: drs::decodeProgressData (v5 progress-data).
#include "fuzz.h"
#include "drsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(drs::decodeProgressData(fuzz::body(data, size)));
    return 0;
}
