// SPDX-License-Identifier: MIT
#include "tableprogressview.h"

#include "headerstate.h"

#include "delegates.h"
#include "format.h"
#include "projectcounts.h"
#include "statusproxymodel.h"
#include "tableprogressmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace omsdash {

TableProgressView::TableProgressView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new StatusProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setAlertRole(TableProgressModel::InconsistentRole);
    // A DBA looks for a table by its name, or its state; not by a row count.
    m_proxy->setFilterColumns({TableProgressModel::SourceColumn, TableProgressModel::TargetColumn,
                               TableProgressModel::StatusColumn, TableProgressModel::ResultTypeColumn});
    // Their texts are ranked while idle too: the first click on a name column sorts at once.
    m_proxy->setPreparedSortColumns({TableProgressModel::SourceColumn, TableProgressModel::TargetColumn,
                                     TableProgressModel::StatusColumn, TableProgressModel::ResultTypeColumn});
    m_filter->setPlaceholderText(tr("Filter tables…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &StatusProxyModel::setFilterText);
    connect(m_proxy, &SortFilterProxyModel::filtersChanged, this, &TableProgressView::updateSummary);

    m_table->setModel(m_proxy);
    m_headerState = new HeaderState(m_table->horizontalHeader(), QStringLiteral("tableProgress"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(TableProgressModel::ProgressColumn, new ProgressBarDelegate(this));
    m_table->setItemDelegateForColumn(TableProgressModel::StatusColumn, new BadgeDelegate(false, this));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);
    updateSummary();
}

void TableProgressView::setTableModel(TableProgressModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_headerState->setKey(m_headerState->key()); // the user's layout saved before the columns go
    m_proxy->sort(TableProgressModel::ProgressColumn, Qt::AscendingOrder); // before the rows: sorted once
    m_proxy->setSourceModel(model);
    if (model) {
        connect(model, &TableProgressModel::summaryChanged, this, &TableProgressView::updateSummary);
        // Another project: its tables start unfiltered and scrolled to the left, not where the
        // last project's were left.
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_filter->clear();
            m_table->horizontalScrollBar()->setValue(0);
        });
        // The defaults, then the user's layout over them: every model brings its columns anew.
        m_table->sortByColumn(TableProgressModel::ProgressColumn, Qt::AscendingOrder);
        m_table->setColumnWidth(TableProgressModel::SourceColumn, 220);
        m_table->setColumnWidth(TableProgressModel::TargetColumn, 220);
        m_table->setColumnWidth(TableProgressModel::ProgressColumn, 150);
        m_headerState->restore();
    }
    updateSummary();
}

void TableProgressView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString TableProgressView::summaryText() const
{
    return m_summary->text();
}

void TableProgressView::updateSummary()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (!m_model || rows == 0) {
        m_summary->setText(tr("No per-table progress for this project"));
        return;
    }
    const bool verify = m_model->hasVerificationColumns();
    for (int c = TableProgressModel::StatusColumn; c < TableProgressModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, !verify);
    const QStringList filters = m_proxy->filterText().isEmpty()
        ? QStringList()
        : QStringList{tr("“%1”").arg(m_proxy->filterText())};
    QString text = tablesShownText(m_proxy->rowCount(), rows, filters)
        + tr(" · %1 finished · %2 average per table (not weighted by rows)")
              .arg(QLocale().toString(m_model->finishedCount()), fmt::percent(m_model->averageProgress()));
    if (verify)
        text += tr(" · %1 inconsistent").arg(QLocale().toString(m_model->inconsistentCount()));
    if (m_model->isStale())
        text += tr(" · stale");
    m_summary->setText(text);
}

} // namespace omsdash
