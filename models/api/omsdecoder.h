// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QByteArray>

/// Pure decoders for OMS OpenAPI responses (OMS 4.x `POST /api/v2?Action=...` and OMS 3.3
/// `GET api/omsp/v2/sync/{id}/progress`). Bytes in, value or ApiError out; no I/O.
///
/// Every decoder checks the envelope first: `success:false` (HTTP 200) becomes an ApiError of
/// kind Api carrying `code`, `message`, `advice` and `errorDetail`; a body that is not a JSON
/// object, or whose `data` has the wrong shape, becomes kind Malformed with a short excerpt.
/// Keys match case-insensitively (CE camelCase and Alibaba PascalCase alike).
namespace omsdash::oms {

/// ListProjects: `data[]` project objects, `totalCount` from the envelope.
/// `data: null` with success is an empty page. A usual page is read with simdjson
/// (detail::readUsualListProjects), anything else through QJsonDocument; both give the same.
Result<ProjectPage> decodeListProjects(const QByteArray &body);

namespace detail {
/// A usual ListProjects page (success, `data[]` of objects, every name read in its documented
/// case and once, at most MaxRows items) read with simdjson; nullopt for anything else, which
/// decodeListProjectsWithQJson() judges. When it gives a page, that page is the other's.
std::optional<ProjectPage> readUsualListProjects(const QByteArray &body);
/// Any ListProjects body read through QJsonDocument, with every error and warning.
Result<ProjectPage> decodeListProjectsWithQJson(const QByteArray &body);
} // namespace detail

/// DescribeProjectProgress (4.x) and sync progress (3.3): both documented names of each field.
Result<ProjectProgress> decodeProjectProgress(const QByteArray &body);

/// DescribeProjectSteps: `data[]` steps, sorted by `order`; every stepInfo shape.
Result<QList<Step>> decodeProjectSteps(const QByteArray &body);

/// DescribeProjectComponents `data` (REFERENCE.md §1.5): the entries of storeList,
/// reverseStoreList, fullImportComponents, incrSyncComponents, reverseIncrSyncComponents and
/// fullVerifyComponents, in that order. A negative tps or delay is no value. Malformed when
/// `data` is not an object or holds none of the lists.
Result<QList<ProjectComponent>> decodeProjectComponents(const QByteArray &body);

/// ListProjectFullVerifyResult: `data.fullVerifyTableStatistics[]`; `progress` given as a
/// fraction ("1.0", "0.5") or a percent ("80") is returned as percent.
Result<TablePage> decodeFullVerifyResult(const QByteArray &body);

/// DescribeProjectStepMetric: `data.metrics[]` {name, tags, dataPoints[] {timestamp, value}}
/// and `data.referenceValue`. A timestamp below 10^11 is read as Unix seconds (the documented
/// example), above as ms (the SDK's typing). `data: null` is no series.
Result<QList<StepMetricSeries>> decodeStepMetric(const QByteArray &body, const QString &stepName,
                                                 const QString &metricType);

/// The error of a non-2xx response: the OMS envelope's fields when the body has them.
/// 401 and 403 are kind Auth; others kind Api when a code was found, else kind Http.
ApiError decodeHttpError(int httpStatus, const QByteArray &body);

/// Step and project objects, shared with ListProjects' embedded `steps[]`.
Step stepFromJson(const QJsonObject &object);
ProjectSummary projectFromJson(const QJsonObject &object);

/// Table progress as percent: "1.0"/"0.25" (a fraction with a decimal point, <= 1) scale
/// by 100; "80", "80.5" and whole numbers are percents already. nullopt for non-numbers.
std::optional<double> progressPercent(const QJsonValue &value);

} // namespace omsdash::oms
