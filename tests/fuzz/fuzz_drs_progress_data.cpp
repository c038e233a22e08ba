// SPDX-License-Identifier: MIT
// libFuzzer target: drs::decodeProgressData (v5 progress-data). Differential too: whatever
// body the simdjson reader takes, it must give the rows and count the QJsonDocument reader
// gives, or the target aborts.
#include "fuzz.h"
#include "drsdecoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    const QByteArray body = fuzz::body(data, size);
    fuzz::use(drs::decodeProgressData(body));
    if (const auto usual = drs::detail::readUsualProgressData(body)) {
        const auto slow = drs::detail::decodeProgressDataWithQJson(body);
        if (!slow.ok() || !slow.warnings.isEmpty() || slow.value.totalCount != usual->totalCount
            || slow.value.rows != usual->rows)
            std::abort();
    }
    return 0;
}
