// SPDX-License-Identifier: MIT
// libFuzzer target: drs::decodeMonitorData (v5 jobs/{id}/monitor-data).
#include "fuzz.h"
#include "drsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(drs::decodeMonitorData(fuzz::body(data, size)));
    return 0;
}
