// SPDX-License-Identifier: MIT
// Inputs that once broke a decoder under libFuzzer (tests/fixtures/fuzz/, and any further ones
// in shared/fuzz/), each fed to the decoder its name says: the answer must be a clean value or a
// clean error. The sanitizers themselves run in .ci/fuzz.sh, which seeds its corpora with these.
#include "fixture.h"

#include "drsdecoder.h"
#include "omsdecoder.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <initializer_list>

using namespace omsdash;

namespace {

using Kind = ApiError::Kind;

/// In-tree copies first; shared/fuzz/ only for files not copied here (it may be absent).
QStringList inputFiles()
{
    QStringList paths;
    QSet<QString> seen;
    for (const QString &dir : {QStringLiteral(OMSDASH_FIXTURES "/fuzz"), QStringLiteral(OMSDASH_SHARED_FUZZ)}) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (file.suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0 || seen.contains(file.fileName()))
                continue;
            seen.insert(file.fileName());
            paths << file.absoluteFilePath();
        }
    }
    return paths;
}

/// Empty when @p e is an error of one of @p kinds that says something; else what is wrong.
QString errorProblem(const ApiError &e, std::initializer_list<Kind> kinds)
{
    if (std::find(kinds.begin(), kinds.end(), e.kind) == kinds.end())
        return QStringLiteral("unexpected error kind %1 (%2)").arg(int(e.kind)).arg(e.toString());
    if (e.toString().isEmpty())
        return QStringLiteral("an error without text");
    return {};
}

template <typename T>
QString resultProblem(const Result<T> &r, std::initializer_list<Kind> kinds)
{
    return r.ok() ? QString() : errorProblem(r.error, kinds);
}

/// A time the decoders read with json::toUtcTime: invalid, or UTC within years 1..9999 (±1
/// for a zone offset); never a date from a garbage cast.
QString timeProblem(const QDateTime &t, const char *what)
{
    if (!t.isValid())
        return {};
    if (t.timeSpec() != Qt::UTC || qAbs(t.date().year()) > 10000)
        return QStringLiteral("%1 is a garbage time: %2").arg(QLatin1String(what), t.toString(Qt::ISODateWithMs));
    return {};
}

QString stepsProblem(const QList<Step> &steps)
{
    for (const Step &s : steps) {
        for (const QString &p : {timeProblem(s.startTime, "startTime"), timeProblem(s.finishTime, "finishTime"),
                                 timeProblem(s.failedTime, "extraInfo.failedTime")}) {
            if (!p.isEmpty())
                return s.name + QStringLiteral(": ") + p;
        }
    }
    return {};
}

Step stepNamed(const QList<Step> &steps, const QString &name)
{
    const auto it = std::find_if(steps.begin(), steps.end(), [&](const Step &s) { return s.name == name; });
    return it == steps.end() ? Step{} : *it;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths = inputFiles();
        QVERIFY2(!paths.isEmpty(), "no inputs in tests/fixtures/fuzz");
        for (const QString &path : paths)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    /// Each input into the decoder its name's prefix says (tests/fixtures/fuzz/README.md).
    void decode()
    {
        QFETCH(QString, path);
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray body = file.readAll();
        const auto is = [&](const char *prefix) { return name.startsWith(QLatin1String(prefix)); };

        if (is("list-projects-")) {
            const auto r = oms::decodeListProjects(body);
            QString problem = resultProblem(r, {Kind::Malformed, Kind::Api});
            for (const ProjectSummary &p : r.value.projects) {
                if (problem.isEmpty())
                    problem = timeProblem(p.createdTime, "gmtCreate");
                if (problem.isEmpty())
                    problem = stepsProblem(p.steps);
            }
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else if (is("describe-project-progress-")) {
            const auto r = oms::decodeProjectProgress(body);
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else if (is("describe-project-steps-")) {
            const auto r = oms::decodeProjectSteps(body);
            QString problem = resultProblem(r, {Kind::Malformed, Kind::Api});
            if (problem.isEmpty())
                problem = stepsProblem(r.value);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(std::is_sorted(r.value.begin(), r.value.end(),
                                   [](const Step &a, const Step &b) { return a.order < b.order; }));
        } else if (is("describe-project-step-metric-")) {
            const auto r = oms::decodeStepMetric(body, QStringLiteral("FULL_TRANSFER"), QStringLiteral("RPS"));
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (const StepMetricSeries &s : r.value) {
                QVERIFY(std::is_sorted(s.points.begin(), s.points.end()));
                QVERIFY(s.points.isEmpty() || s.points.first().first > 0);
            }
        } else if (is("describe-project-components-")) {
            const auto r = oms::decodeProjectComponents(body);
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (const ProjectComponent &c : r.value) {
                QVERIFY(!c.tps || *c.tps >= 0);
                QVERIFY(!c.delaySeconds || *c.delaySeconds >= 0);
                QVERIFY(!c.progress || (*c.progress >= 0 && *c.progress <= 100));
                const QString timeIssue = timeProblem(c.sampleTime, "sampleTime");
                QVERIFY2(timeIssue.isEmpty(), qPrintable(timeIssue));
            }
        } else if (is("full-verify-result-")) {
            const auto r = oms::decodeFullVerifyResult(body);
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else if (is("oms-http-error-")) {
            for (const int status : {401, 500}) {
                const ApiError e = oms::decodeHttpError(status, body);
                const QString problem = errorProblem(e, {Kind::Http, Kind::Auth, Kind::Api});
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                QCOMPARE(e.httpStatus, status);
            }
        } else if (is("batch-progress-")) {
            const auto r = drs::decodeBatchProgress(body);
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api, Kind::Auth});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else if (is("progress-data-")) {
            const auto r = drs::decodeProgressData(body);
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api, Kind::Auth});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else if (is("job-list-")) {
            const auto r = drs::decodeJobList(body);
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api, Kind::Auth});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (const DrsJob &job : r.value.jobs) {
                QVERIFY(!job.id.isEmpty());
                const QString timeIssue = timeProblem(job.createdTime, "create_time");
                QVERIFY2(timeIssue.isEmpty(), qPrintable(timeIssue));
            }
        } else if (is("monitor-data-")) {
            const auto r = drs::decodeMonitorData(body);
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api, Kind::Auth});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (const auto &v : {r.value.srcRps, r.value.dstRps, r.value.srcDelay, r.value.dstDelay,
                                  r.value.bandwidthBytes, r.value.applyRateBytes})
                QVERIFY(!v || (std::isfinite(*v) && *v >= 0));
        } else if (is("job-detail-")) {
            const auto r = drs::decodeJobDetail(body);
            const QString problem = resultProblem(r, {Kind::Malformed, Kind::Api, Kind::Auth});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else if (is("iam-token-")) {
            const auto r = drs::decodeIamToken(body);
            QString problem = resultProblem(r, {Kind::Malformed});
            if (problem.isEmpty())
                problem = timeProblem(r.value.expiresAt, "token.expires_at");
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else if (is("drs-http-error-")) {
            for (const int status : {401, 500}) {
                const ApiError e = drs::decodeHttpError(status, body);
                const QString problem = errorProblem(e, {Kind::Http, Kind::Auth, Kind::Api});
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                QCOMPARE(e.httpStatus, status);
            }
        } else {
            QFAIL(qPrintable(name + QStringLiteral(": the name names no decoder; see tests/fixtures/fuzz/README.md")));
        }
    }

    /// A step's failedTime of 1e308 (UB in json::toUtcTime once) is no time; the other steps
    /// and their times still decode.
    void stepTime1e308()
    {
        const QByteArray body = fixture(QStringLiteral("fuzz/describe-project-steps-time-1e308.json"));
        QVERIFY(body.contains("\"failedTime\":1e308"));
        const auto r = oms::decodeProjectSteps(body);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.size(), 6);
        const Step sw = stepNamed(r.value, QStringLiteral("TRANSFER_APP_SWITCH"));
        QCOMPARE(sw.order, 8);
        QVERIFY2(!sw.failedTime.isValid(), qPrintable(sw.failedTime.toString(Qt::ISODateWithMs)));
        const Step precheck = stepNamed(r.value, QStringLiteral("TRANSFER_PRECHECK"));
        QCOMPARE(precheck.startTime, QDateTime(QDate(2023, 7, 17), QTime(23, 1, 25), Qt::UTC));
        QCOMPARE(stepNamed(r.value, QStringLiteral("FULL_TRANSFER")).info.processedRecords,
                 std::optional<qint64>(92198));

        // The same number within range is a time (Unix seconds), so the bound is what changed.
        QByteArray sane = body;
        sane.replace("\"failedTime\":1e308", "\"failedTime\":1689244696");
        const auto s = oms::decodeProjectSteps(sane);
        QVERIFY(s.ok());
        QCOMPARE(stepNamed(s.value, QStringLiteral("TRANSFER_APP_SWITCH")).failedTime,
                 QDateTime::fromSecsSinceEpoch(1689244696, Qt::UTC));
    }

    /// expires_at of 1.3e22 (the same cast) is "the body did not say": a valid token, no expiry.
    void iamTokenExpires1e22()
    {
        const QByteArray body = fixture(QStringLiteral("fuzz/iam-token-expires-1e22.json"));
        QVERIFY(body.contains("13333333333333333333333"));
        const auto r = drs::decodeIamToken(body);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY2(!r.value.expiresAt.isValid(), qPrintable(r.value.expiresAt.toString(Qt::ISODateWithMs)));
        QVERIFY(r.value.projectId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
