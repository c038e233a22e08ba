// SPDX-License-Identifier: MIT
// libFuzzer target: drs::decodeJobList (v3 POST jobs / v5 GET jobs).
#include "fuzz.h"
#include "drsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(drs::decodeJobList(fuzz::body(data, size)));
    return 0;
}
