// SPDX-License-Identifier: MIT
// Benchmarks for the per-poll hot paths; prints numbers, asserts no timings.
// Run: build/tests/bench_models   (not part of ctest)
#include "drsdecoder.h"
#include "json.h"
#include "omsdecoder.h"
#include "metrichistory.h"
#include "scenario.h"
#include "tableprogressmodel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <limits>
#include <QTest>

using namespace omsdash;

class BenchModels : public QObject
{
    Q_OBJECT

private slots:
    void decodeDrsProgressDataPage()
    {
        sim::Scenario s(sim::Scenario::Slice::Drs);
        s.freeze(5000, QDateTime::currentDateTimeUtc());
        const QByteArray body = QJsonDocument(s.drsProgressData(s.drsJobId(), 0, 1000)).toJson(QJsonDocument::Compact);
        QBENCHMARK {
            const auto page = drs::decodeProgressData(body);
            QCOMPARE(page.value.rows.size(), 1000);
        }
    }

    void merge2500TablesTenPercentChanged()
    {
        QList<TableProgress> rows;
        for (int i = 0; i < 2500; ++i) {
            TableProgress t;
            t.sourceSchema = QStringLiteral("shop");
            t.sourceTable = QStringLiteral("orders_%1").arg(i);
            t.destSchema = t.sourceSchema;
            t.destTable = t.sourceTable;
            t.progress = 10;
            rows << t;
        }
        TableProgressModel model;
        model.merge(rows);
        int round = 0;
        QBENCHMARK {
            ++round;
            for (int i = 0; i < 2500; i += 10)
                rows[i].progress = 10 + round % 90;
            model.merge(rows);
        }
        QCOMPARE(model.rowCount(), 2500);
    }

    void decimateSevenDaysAt5s()
    {
        QList<QPointF> points;
        const int n = 7 * 24 * 3600 / 5;
        points.reserve(n);
        for (int i = 0; i < n; ++i)
            points.append(QPointF(i * 5000.0, 1000 + (i * 7919 % 1000)));
        QBENCHMARK {
            const auto out = decimateMinMax(points, 600);
            QVERIFY(out.size() <= 1202);
        }
    }

    /// A ListProjects page whose one name is 10 MB: decoding (and cutting it to
    /// json::MaxTextLength) against QJsonDocument::fromJson of the same bytes, as a ratio.
    void decodeTenMegabyteNameAgainstFromJson()
    {
        const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
        QJsonArray rows{QJsonObject{{QStringLiteral("id"), QStringLiteral("np_1")}, {QStringLiteral("name"), huge}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("np_2")}, {QStringLiteral("name"), QStringLiteral("b")}}};
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), rows}})
                                    .toJson(QJsonDocument::Compact);
        auto best = [](const std::function<void()> &f) {
            qint64 min = std::numeric_limits<qint64>::max();
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer t;
                t.start();
                f();
                min = std::min(min, t.nsecsElapsed());
            }
            return min;
        };
        const qint64 parse = best([&body] { QVERIFY(QJsonDocument::fromJson(body).isObject()); });
        const qint64 decode = best([&body] {
            const auto page = oms::decodeListProjects(body);
            QCOMPARE(page.value.projects.first().name.size(),
                     json::MaxTextLength + QStringLiteral("… [10,485,760 characters, cut]").size());
        });
        qInfo("10 MB name: fromJson %.1f ms, decodeListProjects %.1f ms, ratio %.2f", parse / 1e6, decode / 1e6,
              double(decode) / double(parse));
    }
};

QTEST_GUILESS_MAIN(BenchModels)
#include "bench_models.moc"
