// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QByteArray>

#include <optional>

/// Pure decoders for Huawei Cloud DRS responses. Bytes in, value or ApiError out; no I/O.
/// A body carrying `error_code` / `error_msg` is an ApiError of kind Api whatever the HTTP
/// status; a body that is not the documented JSON is kind Malformed with a short excerpt.
namespace omsdash::drs {

/// v3 `POST /v3/{project_id}/jobs/batch-progress`: `results[]`.
Result<QList<DrsJobProgress>> decodeBatchProgress(const QByteArray &body);

/// v5 `GET /v5/{project_id}/jobs/{job_id}/progress-data/{type}`: `flow_compare_data[]` with
/// `count` (total rows across pages) as totalCount. A usual page is read with simdjson; any
/// other body goes to the QJsonDocument reader below, and both give the same result for
/// every body the first one takes (a test and the fuzz target compare them).
Result<TablePage> decodeProgressData(const QByteArray &body);
namespace detail {
/// decodeProgressData()'s usual page read with simdjson (the whole decode 0.6-0.9 times
/// QJsonDocument::fromJson alone; through QJsonDocument 2.1 times): an object whose
/// `flow_compare_data` is a list of at most json::MaxRows objects, no `error_code`, every name
/// it reads there in exact case and once, and no number that may have underflowed to zero
/// (json::simd::parseObject()). nullopt for anything else.
std::optional<TablePage> readUsualProgressData(const QByteArray &body);
/// decodeProgressData() through QJsonDocument alone: what decides errors, warnings and odd
/// bodies (names in another case, a byte-order mark, nesting deeper than 512).
Result<TablePage> decodeProgressDataWithQJson(const QByteArray &body);
} // namespace detail

/// v3 `POST /v3/{project_id}/jobs` (`total_record`, `jobs[]`, `db_use_type`) or v5
/// `GET /v5/{project_id}/jobs` (`total_count`, `jobs[]`, `job_type`): one page of jobs, each
/// parent followed by its `children[]`. Entries without an id are skipped.
Result<DrsJobPage> decodeJobList(const QByteArray &body);

/// v5 `GET /v5/{project_id}/jobs/{job_id}/monitor-data`. Negative values ("-1") are no value;
/// `bandwidth` MB/s becomes bytes/s. Malformed when none of the rates is there.
Result<DrsMonitorData> decodeMonitorData(const QByteArray &body);

/// v5 `GET /v5/{project_id}/jobs/{job_id}?type=progress`: `job.progress_info` and the phase
/// times of `job.migration_object_progress_info`. Malformed without a `job` object.
Result<DrsJobDetail> decodeJobDetail(const QByteArray &body);

/// IAM `POST /v3/auth/tokens` (HTTP 201): the token itself comes in the `X-Subject-Token`
/// response header; the body gives `token.expires_at` (ISO 8601 UTC) and `token.project.id`.
struct IamToken
{
    QDateTime expiresAt; ///< UTC; invalid when the body did not say
    QString projectId;   ///< the scoped project's id, for `{project_id}`
};
Result<IamToken> decodeIamToken(const QByteArray &body);

/// The error of a non-2xx response: `error_code`/`error_msg`/`request_id` when present.
/// 401, a 403 without an error code, and the token codes APIG.0301 / APIGW.0301 / DRS.M00100
/// are kind Auth; a 403 that names a missing permission (DRS.M00102, DRS.M00103) is kind Api.
ApiError decodeHttpError(int httpStatus, const QByteArray &body);

} // namespace omsdash::drs
