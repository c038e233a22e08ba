// SPDX-License-Identifier: MIT
#include "steplistmodel.h"

#include <QPointF>

#include "derived.h"
#include "format.h"

namespace omsdash {

StepListModel::StepListModel(QObject *parent)
    : KeyedTableModel<Step>(ColumnCount, parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QVariant StepListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("#");
    case NameColumn:
        return tr("Step");
    case DescriptionColumn:
        return tr("Description");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Start");
    case FinishColumn:
        return tr("Finish");
    case DurationColumn:
        return tr("Duration");
    case ProgressColumn:
        return tr("Progress");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

void StepListModel::setCurrentStep(const QString &name)
{
    if (name == m_currentStep)
        return;
    const int oldRow = rowOf(m_currentStep);
    m_currentStep = name;
    const int newRow = rowOf(name);
    for (int row : {oldRow, newRow}) {
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {IsCurrentRole});
    }
}

std::optional<double> StepListModel::durationSeconds(const Step &s) const
{
    if (!s.startTime.isValid())
        return std::nullopt;
    QDateTime end = s.finishTime;
    if (!end.isValid()) {
        const StatusClass c = classifyStatus(s.status);
        end = (c == StatusClass::Failed && s.failedTime.isValid()) ? s.failedTime : m_clock();
    }
    return std::max<double>(0.0, double(s.startTime.secsTo(end)));
}

std::pair<QDateTime, QDateTime> StepListModel::timeSpan() const
{
    QDateTime first;
    QDateTime last;
    for (const Step &s : rows()) {
        if (!s.startTime.isValid())
            continue;
        if (!first.isValid() || s.startTime < first)
            first = s.startTime;
        const auto d = durationSeconds(s);
        const QDateTime end = s.startTime.addSecs(qint64(d.value_or(0)));
        if (!last.isValid() || end > last)
            last = end;
    }
    return {first, last};
}

namespace {
QString metricsText(const StepMetrics &m)
{
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        lines << QStringLiteral("%1: %2").arg(label, value);
    };
    if (m.processedRecords || m.capacity)
        add(StepListModel::tr("Records"),
            QStringLiteral("%1 / %2").arg(fmt::count(m.processedRecords), fmt::count(m.capacity)));
    if (m.srcRps || m.srcRpsRef)
        add(StepListModel::tr("Source RPS"),
            StepListModel::tr("%1 (baseline %2)").arg(fmt::rps(m.srcRps), fmt::rps(m.srcRpsRef)));
    if (m.dstRps || m.dstRpsRef)
        add(StepListModel::tr("Destination RPS"),
            StepListModel::tr("%1 (baseline %2)").arg(fmt::rps(m.dstRps), fmt::rps(m.dstRpsRef)));
    if (m.srcRt || m.srcRtRef)
        add(StepListModel::tr("Source RT"),
            StepListModel::tr("%1 (baseline %2)").arg(fmt::rt(m.srcRt), fmt::rt(m.srcRtRef)));
    if (m.dstRt || m.dstRtRef)
        add(StepListModel::tr("Destination RT"),
            StepListModel::tr("%1 (baseline %2)").arg(fmt::rt(m.dstRt), fmt::rt(m.dstRtRef)));
    if (m.srcIops || m.dstIops || m.srcIopsRef)
        add(StepListModel::tr("Throughput"),
            StepListModel::tr("%1 → %2 (baseline %3)")
                .arg(fmt::throughput(m.srcIops), fmt::throughput(m.dstIops),
                     fmt::throughput(m.srcIopsRef)));
    if (m.incrTimestampCheckpoint)
        add(StepListModel::tr("Checkpoint"),
            fmt::utcTime(QDateTime::fromSecsSinceEpoch(*m.incrTimestampCheckpoint, Qt::UTC)));
    if (m.checkpointSampleTimestamp)
        add(StepListModel::tr("Sampled"),
            fmt::utcTime(QDateTime::fromSecsSinceEpoch(*m.checkpointSampleTimestamp, Qt::UTC)));
    return lines.join(QLatin1Char('\n'));
}

QString errorText(const Step &s)
{
    if (s.errorCode.isEmpty() && s.errorMessage.isEmpty())
        return {};
    if (s.errorCode.isEmpty())
        return s.errorMessage;
    return s.errorMessage.isEmpty() ? s.errorCode : s.errorCode + QStringLiteral(": ") + s.errorMessage;
}
} // namespace

QVariant StepListModel::cellData(const Step &s, int column, int role) const
{
    switch (role) {
    case StatusRole:
        return s.status;
    case StatusClassRole:
        return int(classifyStatus(s.status));
    case StartTimeRole:
        return s.startTime;
    case FinishTimeRole:
        return s.finishTime;
    case DurationRole: {
        const auto d = durationSeconds(s);
        return d ? QVariant(*d) : QVariant();
    }
    case IsCurrentRole:
        return !m_currentStep.isEmpty() && s.name == m_currentStep;
    case ErrorCodeRole:
        return s.errorCode;
    case ErrorMessageRole:
        return s.errorMessage;
    case FailedTimeRole:
        return s.failedTime;
    case MetricsTextRole:
        return metricsText(s.info);
    case BarRole: {
        const auto d = durationSeconds(s);
        if (!s.startTime.isValid() || !d)
            return {};
        const auto span = timeSpan();
        const double total = double(std::max<qint64>(1, span.first.secsTo(span.second)));
        const double from = double(span.first.secsTo(s.startTime)) / total;
        return QPointF(std::clamp(from, 0.0, 1.0), std::clamp(from + *d / total, 0.0, 1.0));
    }
    case ProgressRole:
        return (column == ProgressColumn && s.progress) ? QVariant(double(*s.progress)) : QVariant();
    case Qt::ToolTipRole:
        if (column == StartColumn)
            return fmt::utcTime(s.startTime);
        if (column == FinishColumn)
            return fmt::utcTime(s.finishTime);
        if (column == ErrorColumn && !s.errorDetails.isEmpty())
            return s.errorDetails.join(QLatin1Char('\n'));
        if (column == NameColumn && stepText(s.name) != s.name)
            return s.name;
        if (column == StatusColumn && statusText(s.status) != s.status)
            return s.status;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case OrderColumn:
        return s.order;
    case NameColumn:
        return sort ? s.name : stepText(s.name);
    case DescriptionColumn:
        return s.description;
    case StatusColumn:
        return sort ? s.status : statusText(s.status);
    case StartColumn:
        return sort ? QVariant(s.startTime) : QVariant(fmt::localTime(s.startTime));
    case FinishColumn:
        return sort ? QVariant(s.finishTime) : QVariant(fmt::localTime(s.finishTime));
    case DurationColumn: {
        const auto d = durationSeconds(s);
        return sort ? QVariant(d.value_or(-1)) : QVariant(fmt::duration(d));
    }
    case ProgressColumn:
        return sort ? QVariant(s.progress.value_or(-1))
                    : QVariant(fmt::percent(s.progress ? std::optional<double>(*s.progress)
                                                       : std::nullopt));
    case ErrorColumn:
        return errorText(s);
    }
    return {};
}

} // namespace omsdash
