// SPDX-License-Identifier: MIT
// libFuzzer target: oms::decodeListProjects (ListProjects). Differential too: whatever body the
// simdjson reader takes, it must give the projects and count the QJsonDocument reader gives,
// or the target aborts.
#include "fuzz.h"
#include "omsdecoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    const QByteArray body = fuzz::body(data, size);
    fuzz::use(oms::decodeListProjects(body));
    if (const auto usual = oms::detail::readUsualListProjects(body)) {
        const auto slow = oms::detail::decodeListProjectsWithQJson(body);
        if (!slow.ok() || !slow.warnings.isEmpty() || slow.value.totalCount != usual->totalCount
            || slow.value.projects != usual->projects)
            std::abort();
    }
    return 0;
}
