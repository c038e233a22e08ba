// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QTest>

#include <utility>

/// One body for a decoder that reads usual pages with simdjson and everything else through
/// QJsonDocument.
struct ReaderCase
{
    QByteArray what; ///< a name with a space: made odd on purpose, the fast reader must leave it
    QByteArray body;
    bool usual; ///< the fast reader must take it
};

/// Checks every case: the decoder (@p decode) answers as the QJsonDocument reader (@p slow)
/// does, value, warnings and error alike; the fast reader (@p fast) takes the usual cases and
/// leaves those made odd on purpose; a body it takes, the slow reader accepts. @p rowsOf gives
/// a page's rows, compared one by one. @p taken counts the bodies the fast reader took.
template <typename Fast, typename Slow, typename Decode, typename Rows>
void checkReadersAgree(const QList<ReaderCase> &cases, Fast fast, Slow slow, Decode decode, Rows rowsOf, int &taken)
{
    taken = 0;
    for (const ReaderCase &c : cases) {
        const auto quick = fast(c.body);
        if (c.usual)
            QVERIFY2(quick.has_value(), c.what.constData());
        else if (c.what.contains(' '))
            QVERIFY2(!quick.has_value(), c.what.constData());
        const auto reference = slow(c.body);
        const auto both = decode(c.body);
        QCOMPARE(both.ok(), reference.ok());
        QCOMPARE(both.error.kind, reference.error.kind);
        QCOMPARE(both.error.message, reference.error.message);
        QCOMPARE(both.warnings, reference.warnings);
        QCOMPARE(both.value.totalCount, reference.value.totalCount);
        const auto &rows = rowsOf(both.value);
        const auto &expected = rowsOf(reference.value);
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(rows.at(i) == expected.at(i), (c.what + ", row " + QByteArray::number(i)).constData());
        if (quick) {
            ++taken;
            QVERIFY2(reference.ok(), c.what.constData());
        }
    }
}
