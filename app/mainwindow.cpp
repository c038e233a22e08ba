// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "format.h"
#include "instancesession.h"
#include "projectdetailpane.h"
#include "projectlistmodel.h"
#include "projecttableview.h"
#include "statusproxymodel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QImageWriter>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace omsdash {

namespace {
QString apiLabel(ApiKind api)
{
    switch (api) {
    case ApiKind::Oms4:
        return MainWindow::tr("OMS 4");
    case ApiKind::Oms3:
        return MainWindow::tr("OMS 3.3");
    case ApiKind::Drs:
        return MainWindow::tr("DRS");
    }
    return {};
}
} // namespace

MainWindow::MainWindow(const QList<InstanceSession *> &sessions, QWidget *parent)
    : QMainWindow(parent)
    , m_sessions(sessions)
    , m_instanceBox(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_projects(new ProjectTableView(this))
    , m_detail(new ProjectDetailPane(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Instance: "), this));
    for (InstanceSession *s : sessions) {
        m_instanceBox->addItem(QStringLiteral("%1 — %2").arg(s->name(), apiLabel(s->config().api)));
        m_instanceBox->setItemData(m_instanceBox->count() - 1,
                                   s->config().baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                                   Qt::ToolTipRole);
    }
    m_instanceBox->setMinimumContentsLength(28);
    toolbar->addWidget(m_instanceBox);
    toolbar->addSeparator();
    m_filter->setPlaceholderText(tr("Filter projects by name, ID, status, step…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    toolbar->addWidget(m_filter);
    auto *refresh = toolbar->addAction(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Poll the current instance now (F5)"));
    auto *shot = toolbar->addAction(tr("Screenshot…"));
    shot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(refresh, &QAction::triggered, this, [this] {
        if (InstanceSession *s = currentSession())
            s->poller()->refreshNow();
    });
    connect(shot, &QAction::triggered, this, [this] {
        const QString name = QStringLiteral("omsdash-%1.png")
                                 .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss'Z'")));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save screenshot"), name, tr("PNG image (*.png)"));
        QString error;
        if (!path.isEmpty() && !saveScreenshot(path, &error))
            QMessageBox::warning(this, tr("Screenshot"), error);
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_projects);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({300, 640});
    split->setChildrenCollapsible(false);
    setCentralWidget(split);

    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a32626; }"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_error);

    connect(m_filter, &QLineEdit::textChanged, m_projects->proxy(), &StatusProxyModel::setFilterText);
    connect(m_instanceBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &MainWindow::setCurrentInstance);
    connect(m_projects, &ProjectTableView::projectSelected, this, [this](const QString &id) {
        if (InstanceSession *s = currentSession())
            s->selectProject(id);
    });
    for (InstanceSession *s : sessions) {
        connect(s, &InstanceSession::projectsUpdated, this, [this, s] {
            if (s == currentSession())
                m_projects->ensureSelection();
            updateStatus();
        });
        connect(s, &InstanceSession::healthChanged, this, &MainWindow::updateStatus);
        connect(s, &InstanceSession::errorOccurred, this, &MainWindow::updateStatus);
    }
    if (!sessions.isEmpty())
        setCurrentInstance(0);
    updateStatus();
}

InstanceSession *MainWindow::currentSession() const
{
    return m_current >= 0 && m_current < m_sessions.size() ? m_sessions.at(m_current) : nullptr;
}

void MainWindow::setCurrentInstance(int index)
{
    if (index < 0 || index >= m_sessions.size() || index == m_current)
        return;
    m_current = index;
    if (m_instanceBox->currentIndex() != index)
        m_instanceBox->setCurrentIndex(index);
    InstanceSession *s = m_sessions.at(index);
    m_projects->setProjectModel(s->projects());
    m_detail->setSession(s);
    if (s->selectedProject().isEmpty() || !m_projects->selectProject(s->selectedProject()))
        m_projects->ensureSelection();
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    const InstanceSession *s = currentSession();
    setWindowTitle(s ? tr("%1 — omsdash").arg(s->name()) : tr("omsdash"));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::errorText() const
{
    return m_error->text();
}

void MainWindow::updateStatus()
{
    const InstanceSession *s = currentSession();
    if (!s) {
        m_status->setText(tr("No instance"));
        m_error->clear();
        return;
    }
    const InstanceHealth &h = s->poller()->health();
    QString text = h.lastSuccess.isValid()
        ? tr("%1 · last successful poll %2 · API %3 ms · %4")
              .arg(s->name(), fmt::localTime(h.lastSuccess))
              .arg(h.responseMs)
              .arg(s->projects()->rowCount() == 1 ? tr("1 project")
                                                   : tr("%1 projects").arg(s->projects()->rowCount()))
        : tr("%1 · connecting to %2…").arg(s->name(), s->config().baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (s->projects()->isStale())
        text += tr(" · stale");
    m_status->setText(text);
    m_status->setToolTip(fmt::utcTime(h.lastSuccess));
    const ApiError e = s->lastError();
    m_error->setText(e.isError() ? tr("Last error %1: %2").arg(fmt::localTime(s->lastErrorTime()), e.toString())
                                 : QString());
}

bool MainWindow::saveScreenshot(const QString &path, QString *error)
{
    QImageWriter writer(path, "png");
    if (!writer.write(grab().toImage())) {
        *error = tr("Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

} // namespace omsdash
