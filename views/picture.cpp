// SPDX-License-Identifier: MIT
#include "picture.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace omsdash::picture {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omsdash::picture", text);
}
} // namespace

QString fileName(const QString &instance, const QString &project, const QString &what, const QString &suffix,
                 const QDateTime &utc)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s()]+"));
    QStringList parts{QStringLiteral("omsdash")};
    for (QString p : {instance, project, what}) {
        p.replace(unsafe, QStringLiteral("-"));
        while (p.startsWith(u'-'))
            p.remove(0, 1);
        while (p.endsWith(u'-'))
            p.chop(1);
        if (!p.isEmpty())
            parts << p;
    }
    parts << utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return parts.join(u'_') + u'.' + suffix;
}

bool savePng(QWidget *widget, const QString &path, QString *error)
{
    QImageWriter writer(path, "png");
    if (!writer.write(widget->grab().toImage())) {
        *error = tr("Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

bool saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(widget->size());
        svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
        svg.setTitle(title);
        svg.setDescription(tr("omsdash chart"));
        QPainter painter(&svg);
        widget->render(&painter);
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void copyToClipboard(QWidget *widget)
{
    QApplication::clipboard()->setImage(widget->grab().toImage());
}

} // namespace omsdash::picture
