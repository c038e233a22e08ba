// SPDX-License-Identifier: MIT
#include "headerstate.h"
#include "mainwindow.h"
#include "pollingcontrol.h"
#include "theme.h"

#include "errorlabel.h"

#include "alertcenter.h"
#include "alertlogpanel.h"
#include "alertrulesdialog.h"
#include "alertwebhooks.h"
#include "alerttray.h"
#include "desktopnotifier.h"
#include "format.h"
#include "instancehealth.h"
#include "instancesdialog.h"
#include "instanceprofiles.h"
#include "instancelistedit.h"
#include "instancesession.h"
#include "overviewmodel.h"
#include "picture.h"
#include "projectcountsbar.h"
#include "projectdetailpane.h"
#include "projectlistmodel.h"
#include "projecttableview.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "reportdialog.h"
#include "reportjob.h"
#include "secretprompt.h"
#include "secretstore.h"
#include "startupsecrets.h"
#include "statusproxymodel.h"
#include "statustext.h"
#include "wallview.h"
#include "webhooksdialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableWidget>
#include <QTimer>
#include <QApplication>
#include <QDockWidget>
#include <QComboBox>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QActionGroup>
#include <QScreen>
#include <QSettings>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QToolButton>

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

QString overviewKey(int sessionIndex, const QString &projectId)
{
    return QString::number(sessionIndex) + QLatin1Char('/') + projectId;
}
} // namespace

MainWindow::MainWindow(const QList<InstanceSession *> &sessions, HttpTransport *transport, QWidget *parent)
    : QMainWindow(parent)
    , m_transport(transport)
    , m_overview(new OverviewModel(this))
    , m_instanceBox(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_projects(new ProjectTableView(this))
    , m_detail(new ProjectDetailPane(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    m_polling = new PollingControl(this);
    {
        QSettings settings;
        m_ownPreferences = new AppPreferences(Preferences::load(settings), this); // until setPreferences()
    }
    m_preferences = m_ownPreferences;
    m_reportExport = new ReportExport(this);
    connect(m_reportExport, &ReportExport::progress, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(m_reportExport, &ReportExport::finished, this, &MainWindow::reportFinished);
    m_countdown = new QLabel(this);
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *instances = fileMenu->addAction(tr("&Instances…"), this, &MainWindow::editInstances);
    instances->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto *prefs = fileMenu->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Import profiles…"), this, &MainWindow::importProfiles);
    fileMenu->addAction(tr("&Export profiles…"), this, [this] { exportProfiles(); });
    fileMenu->addSeparator();
    auto *report = fileMenu->addAction(tr("Export &report…"), this, &MainWindow::chooseReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Instance: "), this));
    m_instanceBox->setMinimumContentsLength(28);
    toolbar->addWidget(m_instanceBox);
    toolbar->addSeparator();
    m_filter->setPlaceholderText(tr("Filter projects by name, ID, status, step…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    toolbar->addWidget(m_filter);
    auto *refresh = toolbar->addAction(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Poll now (F5)"));
    connect(refresh, &QAction::triggered, this, [this] {
        m_polling->refreshNow(isOverview() ? nullptr : m_sessions.value(m_current));
    });
    // Pause: nothing is asked of any server until resumed (then everything at once).
    m_pauseAction = toolbar->addAction(tr("Pause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAction->setToolTip(tr("Pause polling every instance (Ctrl+Shift+P); again to resume"));
    connect(m_pauseAction, &QAction::toggled, m_polling, &PollingControl::setPaused);
    connect(m_polling, &PollingControl::pausedChanged, this, [this, refresh](bool paused) {
        const QSignalBlocker block(m_pauseAction);
        m_pauseAction->setChecked(paused);
        m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
        refresh->setEnabled(!paused);
        updateCountdown();
    });
    // Screenshots: the window or the project panel, to a PNG or the clipboard; a chart's own
    // menu (right-click) saves it as PNG or SVG.
    auto *shots = new QMenu(tr("Screenshot"), this);
    const auto saveAs = [this](bool panel) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save screenshot"),
                                                          exportPath(screenshotName(panel ? QStringLiteral("panel") : QString())),
                                                          tr("PNG image (*.png)"));
        QString error;
        if (!path.isEmpty() && !(panel ? savePanelScreenshot(path, &error) : saveScreenshot(path, &error)))
            QMessageBox::warning(this, tr("Screenshot"), error);
    };
    shots->addAction(tr("Save window…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [saveAs] { saveAs(false); });
    shots->addAction(tr("Save project panel…"), this, [saveAs] { saveAs(true); });
    shots->addAction(tr("Copy window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                     [this] { picture::copyToClipboard(this); });
    shots->addAction(tr("Copy project panel"), this, [this] { picture::copyToClipboard(m_detail); });
    auto *shotButton = new QToolButton(this);
    shotButton->setText(tr("Screenshot"));
    shotButton->setMenu(shots);
    shotButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(shotButton);
    addActions(shots->actions()); // the shortcuts work without opening the menu
    toolbar->addAction(report);
    menuBar()->addMenu(shots);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    // Theme: the platform's colours, or light or dark whatever the platform; kept for next time.
    auto *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    m_themeActions = themes;
    const std::pair<theme::Mode, QString> modes[] = {{theme::Mode::System, tr("&System")},
                                                     {theme::Mode::Light, tr("&Light")},
                                                     {theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, label] : modes) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(theme::mode() == mode);
        action->setData(theme::modeName(mode));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            Preferences p = m_preferences->current();
            p.theme = theme::modeName(mode);
            QSettings settings;
            m_preferences->apply(p, &settings);
            // Also when it was the saved choice already, under a --theme of this run.
            theme::apply(mode);
            updateThemeActions();
        });
    }
    m_viewMenu->addSeparator();
    auto *find = m_viewMenu->addAction(tr("&Filter projects"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    // Ctrl+0: all instances; Ctrl+1..9: one instance.
    auto *all = new QAction(tr("All instances"), this);
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(all, &QAction::triggered, this, &MainWindow::showOverview);
    addAction(all);
    for (int i = 0; i < 9; ++i) {
        auto *action = new QAction(tr("Instance %1").arg(i + 1), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { setCurrentInstance(i); });
        addAction(action);
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("omsdash &manual"), QKeySequence::HelpContents, this,
                        [] { QDesktopServices::openUrl(manualUrl()); });
    helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About omsdash"), this,
                        [this] { QMessageBox::about(this, tr("About omsdash"), aboutText()); });
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    m_counts = new ProjectCountsBar(m_projects->proxy(), list);
    m_counts->setContentsMargins(4, 2, 4, 0);
    listLayout->addWidget(m_counts);
    listLayout->addWidget(m_projects, 1);
    connect(m_counts, &ProjectCountsBar::clearRequested, m_filter, &QLineEdit::clear);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->addWidget(list);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({300, 640});
    // The list can take the whole window: dragged down, the detail folds away.
    m_split->setCollapsible(0, false);
    m_split->setCollapsible(1, true);
    setCentralWidget(m_split);
    m_tallList = m_viewMenu->addAction(tr("&Project list only"));
    m_tallList->setCheckable(true);
    m_tallList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_tallList->setToolTip(tr("Give the whole window to the project list (drag the splitter back, or again Ctrl+Shift+L)"));
    connect(m_tallList, &QAction::toggled, this, &MainWindow::setProjectListOnly);
    m_wallAction = m_viewMenu->addAction(tr("&Wall"));
    m_wallAction->setCheckable(true);
    m_wallAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallAction->setToolTip(tr("Every instance's projects as large tiles, worst first, full screen (F11; Esc leaves)"));
    connect(m_wallAction, &QAction::toggled, this, &MainWindow::setWallMode);
    connect(m_split, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker block(m_tallList);
        m_tallList->setChecked(m_split->sizes().value(1) == 0);
    });

    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_countdown);
    auto *countdownTimer = new QTimer(this);
    countdownTimer->setInterval(1000);
    connect(countdownTimer, &QTimer::timeout, this, &MainWindow::updateCountdown);
    countdownTimer->start();
    statusBar()->addPermanentWidget(m_error);

    connect(m_filter, &QLineEdit::textChanged, m_projects->proxy(), &StatusProxyModel::setFilterText);
    connect(m_instanceBox, qOverload<int>(&QComboBox::activated), this, [this](int item) {
        if (item == 0)
            showOverview();
        else
            setCurrentInstance(item - 1);
    });
    connect(m_projects, &ProjectTableView::projectSelected, this, [this](const QModelIndex &current) {
        if (isOverview())
            showDetailOf(current.data(OverviewModel::InstanceIndexRole).toInt(),
                         current.data(OverviewModel::ProjectIdRole).toString());
        else
            showDetailOf(m_current, current.data(ProjectListModel::ProjectIdRole).toString());
    });
    setPreferences(nullptr);
    setSessions(sessions);
}

void MainWindow::askSecretAgain(InstanceSession *session, const ApiError &error)
{
    if (!m_asksForSecrets || m_asking || !session)
        return;
    m_asking = true;
    SecretPrompt prompt(session->name(), secretQuestion(session->config()),
                        m_secretStore ? m_secretStore->unavailableReason() : tr("this run keeps no secrets"), this);
    prompt.setProblem(tr("%1 refused the secret: %2").arg(session->name(), error.toString()));
    const bool accepted = prompt.exec() == QDialog::Accepted && !prompt.secret().isEmpty();
    m_asking = false;
    if (!accepted)
        return; // the status bar keeps saying why it fails
    session->setSecret(prompt.secret());
    if (prompt.remember() && m_secretStore)
        m_secretStore->write(session->name(), prompt.secret(),
                             [self = QPointer<MainWindow>(this), name = session->name()](const SecretStore::Answer &a) {
                                 if (self && a.status != SecretStore::Status::Ok)
                                     self->m_error->setText(
                                         tr("Could not keep the secret of %1 in the keychain: %2").arg(name, a.message));
                             });
}

void MainWindow::setPreferences(AppPreferences *preferences)
{
    if (m_preferences)
        disconnect(m_preferences, nullptr, this, nullptr);
    m_preferences = preferences ? preferences : m_ownPreferences;
    // The theme is the window's to follow; the rest is the application's (main.cpp).
    connect(m_preferences, &AppPreferences::themeChanged, this, [](const QString &name) {
        theme::apply(theme::modeFromName(name));
    });
    connect(m_preferences, &AppPreferences::changed, this, &MainWindow::updateThemeActions);
    updateThemeActions();
}

void MainWindow::updateThemeActions()
{
    for (QAction *action : m_themeActions->actions())
        action->setChecked(action->data().toString() == theme::modeName(theme::mode())); // --theme may override
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_preferences->current(), this);
    dialog.setAlertRulesAction(findChild<QAction *>(QStringLiteral("alertRules"))); // once there are alerts
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    QString error;
    if (!m_preferences->apply(dialog.preferences(), &settings, &error))
        QMessageBox::warning(this, tr("Preferences"), error);
}

QString MainWindow::exportPath(const QString &fileName) const
{
    const QString folder = m_preferences->current().effectiveExportFolder();
    QString ignored; // the file dialog says what is wrong with a folder it cannot use
    preferences::ensureFolder(folder, &ignored);
    return QDir(folder).filePath(fileName);
}

void MainWindow::setWallMode(bool on)
{
    if (on && !m_wall) {
        m_wall = new WallView(m_overview, this);
        connect(m_wall, &WallView::leaveRequested, this, [this] { setWallMode(false); });
        connect(m_wall, &WallView::projectChosen, this, [this](int instanceIndex, const QString &projectId) {
            setWallMode(false);
            if (instanceIndex >= 0 && instanceIndex < m_sessions.size())
                openProject(m_sessions.at(instanceIndex)->name(), projectId);
        });
    }
    if (m_wall) {
        if (on) {
            m_wall->setStatusText(statustext::overview(m_sessions, m_overview->rowCount()));
            // On the window's screen; its whole geometry too, for a desktop without a window
            // manager to make it full screen (a wall display's kiosk session).
            m_wall->setGeometry(screen()->geometry());
            m_wall->showFullScreen();
            m_wall->raise();
            m_wall->activateWindow();
            m_wall->tileView()->setFocus();
        } else {
            m_wall->hide();
            activateWindow();
        }
    }
    const QSignalBlocker block(m_wallAction);
    m_wallAction->setChecked(on);
}

bool MainWindow::isWallMode() const
{
    return m_wall && m_wall->isVisible();
}

void MainWindow::setProjectListOnly(bool only)
{
    const QList<int> sizes = m_split->sizes();
    if (only && sizes.value(1) > 0) {
        m_splitBeforeTall = sizes;
        m_split->setSizes({sizes.value(0) + sizes.value(1), 0});
    } else if (!only && sizes.value(1) == 0) {
        const int total = sizes.value(0);
        m_split->setSizes(m_splitBeforeTall.value(1) > 0 ? m_splitBeforeTall : QList<int>{total / 3, total - total / 3});
    }
    const QSignalBlocker block(m_tallList);
    m_tallList->setChecked(only);
}

QUrl MainWindow::manualUrl()
{
    // The README installed beside the binary, else this build's source tree, else online.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/omsdash/README.md");
    for (const QString &path : {installed, QStringLiteral(OMSDASH_SOURCE_DIR "/README.md")}) {
        if (QFileInfo::exists(path))
            return QUrl::fromLocalFile(QFileInfo(path).canonicalFilePath());
    }
    return QUrl(QStringLiteral(OMSDASH_HOMEPAGE "#readme"));
}

QString MainWindow::aboutText() const
{
    return tr("<h3>omsdash %1</h3>"
              "<p>A desktop dashboard for migrations run by OceanBase Migration Service (OMS) and Huawei Cloud DRS.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p>MIT licence. <a href=\"%4\">%4</a></p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             QStringLiteral(OMSDASH_HOMEPAGE));
}

QList<std::pair<QString, QString>> MainWindow::shortcuts() const
{
    QList<std::pair<QString, QString>> list;
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        list.append({action->shortcut().toString(QKeySequence::NativeText), text});
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(&dialog);
    const auto list = shortcuts();
    table->setColumnCount(2);
    table->setRowCount(int(list.size()));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(list.at(row).second));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(460, 520);
    dialog.exec();
}

QString MainWindow::countdownText() const
{
    return m_countdown->text();
}

void MainWindow::updateCountdown()
{
    QFont font = m_countdown->font();
    font.setBold(m_polling->isPaused()); // seen at a glance: nothing is being asked
    m_countdown->setFont(font);
    if (m_polling->isPaused()) {
        m_countdown->setText(tr("Polling paused"));
        return;
    }
    const int seconds = m_polling->secondsToNextPoll();
    m_countdown->setText(seconds < 0 ? tr("Polling…") : tr("Next poll in %1").arg(fmt::duration(double(seconds))));
}

bool MainWindow::isProjectListOnly() const
{
    return m_split->sizes().value(1) == 0;
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // The docks have the sizes the user left them at: not a quarter of the window again.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("alertDock")))
            dock->setProperty("sized", true);
    }
    m_split->restoreState(settings.value(QStringLiteral("window/split")).toByteArray());
    m_detail->restoreLayout(settings);
    m_tallList->setChecked(isProjectListOnly());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/split"), m_split->saveState());
    m_detail->saveLayout(settings);
    // Where the user was: the overview ("") or an instance, and the project on screen.
    settings.setValue(QStringLiteral("window/instance"),
                      isOverview() || m_current < 0 ? QString() : m_sessions.value(m_current)->name());
    settings.setValue(QStringLiteral("window/projectInstance"), m_detailSession ? m_detailSession->name() : QString());
    settings.setValue(QStringLiteral("window/project"), m_detailSession ? m_detailSession->selectedProject() : QString());
    // Column layouts changed in the last second, before a window made anew (another language)
    // restores them.
    for (HeaderState *header : findChildren<HeaderState *>())
        header->flush();
}

void MainWindow::restoreSelection()
{
    QSettings settings;
    const QString instance = settings.value(QStringLiteral("window/instance")).toString();
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (!instance.isEmpty() && m_sessions.at(i)->name() == instance)
            setCurrentInstance(i);
    }
    const QString projectInstance = settings.value(QStringLiteral("window/projectInstance")).toString();
    const QString project = settings.value(QStringLiteral("window/project")).toString();
    if (project.isEmpty())
        return;
    int index = -1;
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i)->name() == projectInstance)
            index = i;
    }
    if (index < 0)
        return;
    // Selected once it is listed: tried at the instance's first answer, then left alone (a
    // later poll never takes the selection from where the user has moved).
    const auto select = [this, index, project] {
        return isOverview() ? m_projects->selectProject(overviewKey(index, project))
                            : m_current == index && m_projects->selectProject(project);
    };
    if (m_sessions.at(index)->hasProjects()) {
        select();
        return;
    }
    auto *selecting = new QObject(this);
    connect(m_sessions.at(index), &InstanceSession::projectsUpdated, selecting, [select, selecting] {
        select();
        selecting->deleteLater();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::setAlertCenter(AlertCenter *center)
{
    if (m_alerts || !center)
        return;
    m_alerts = center;
    m_alertLog = new AlertLogPanel(center, this);
    auto *dock = new QDockWidget(tr("Alerts"), this);
    dock->setObjectName(QStringLiteral("alertDock"));
    dock->setWidget(m_alertLog);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    // A quarter of the window when first shown: the projects and the charts stay readable.
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (visible && !dock->property("sized").toBool()) {
            dock->setProperty("sized", true);
            resizeDocks({dock}, {height() / 4}, Qt::Vertical);
        }
    });
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Alert log"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_viewMenu->addAction(toggle);
    QAction *rules = m_viewMenu->addAction(tr("Alert &rules…"), this, [this, center] {
        QStringList names;
        for (const InstanceSession *s : std::as_const(m_sessions))
            names << s->name();
        AlertRulesDialog dialog(center->settings(), names, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        center->setSettings(dialog.settings());
        QSettings().setValue(QStringLiteral("alerts/rules"), QString::fromUtf8(dialog.settings().toJson()));
    });
    rules->setObjectName(QStringLiteral("alertRules"));
    auto *notifications = m_viewMenu->addAction(tr("&Desktop notifications"));
    notifications->setCheckable(true);
    notifications->setChecked(center->desktopNotifications());
    notifications->setToolTip(tr("Show each alert as a desktop notification"));
    // One setting, the preferences': this menu and File > Preferences both change it.
    connect(notifications, &QAction::toggled, this, [this](bool on) {
        Preferences p = m_preferences->current();
        p.desktopNotifications = on;
        QSettings settings;
        m_preferences->apply(p, &settings);
    });
    connect(m_preferences, &AppPreferences::desktopNotificationsChanged, notifications,
            [center, notifications](bool on) {
                center->setDesktopNotifications(on);
                const QSignalBlocker block(notifications);
                notifications->setChecked(on);
            });
    m_alertAction = toggle;
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolbar"))) {
        bar->addSeparator();
        auto *button = new QToolButton(this);
        button->setDefaultAction(toggle);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
    }
    m_alertStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_alertStatus);

    connect(m_alertLog, &AlertLogPanel::openRequested, this, &MainWindow::openProject);
    connect(center, &AlertCenter::openRequested, this, &MainWindow::openProject);
    connect(center, &AlertCenter::summaryChanged, this, &MainWindow::updateAlerts);
    connect(center, &AlertCenter::alertEvent, this, [this](const AlertEvent &e) {
        if (e.kind == AlertEvent::Kind::Raised && !e.silenced && !isActiveWindow())
            QApplication::alert(this); // taskbar urgency until the window is looked at
    });
    m_tray = new AlertTray(center, windowIcon(), this);
    connect(m_tray, &AlertTray::showWindowRequested, this, [this] { openProject({}, {}); });
    connect(m_tray, &AlertTray::alertLogRequested, this, [this, dock] {
        dock->show();
        openProject({}, {});
    });
    connect(m_tray, &AlertTray::quitRequested, this, &QWidget::close);
    updateAlerts();
}

void MainWindow::setAlertWebhooks(AlertWebhooks *webhooks)
{
    if (!m_alerts || !webhooks)
        return;
    QAction *rules = nullptr;
    for (QAction *a : m_viewMenu->actions())
        if (a->objectName() == QLatin1String("alertRules"))
            rules = a;
    auto *edit = new QAction(tr("Alert &webhooks…"), this);
    edit->setToolTip(tr("Send alerts to DingTalk, Feishu, WeCom, Slack, a JSON webhook or Alertmanager"));
    m_viewMenu->insertAction(rules ? m_viewMenu->actions().value(m_viewMenu->actions().indexOf(rules) + 1) : nullptr,
                             edit);
    edit->setEnabled(webhooks->isLoaded()); // until the keychain has answered, the URLs are not known
    connect(webhooks, &AlertWebhooks::loaded, edit, [edit] { edit->setEnabled(true); });
    connect(edit, &QAction::triggered, this, [this, webhooks] {
        WebhooksDialog dialog(webhooks, this);
        dialog.exec();
    });
    connect(webhooks, &AlertWebhooks::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 60'000); });
}

QString MainWindow::alertText() const
{
    return m_alertStatus ? m_alertStatus->text() : QString();
}

void MainWindow::updateAlerts()
{
    if (!m_alerts)
        return;
    const int count = m_alerts->needingAttention();
    m_alertAction->setIcon(AlertTray::iconFor(windowIcon(), count, m_alerts->worstSeverity()));
    m_alertAction->setIconText(count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
    m_alertAction->setToolTip(m_alerts->summary().isEmpty() ? tr("No alerts (Ctrl+Shift+A: the alert log)")
                                                            : m_alerts->summary());
    m_alertStatus->setText(m_alerts->summary());
    updateTitle();
}

bool MainWindow::openProject(const QString &instance, const QString &projectId)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (instance.isEmpty())
        return true;
    int index = -1;
    for (int i = 0; i < m_sessions.size(); ++i)
        if (m_sessions.at(i)->name() == instance)
            index = i;
    if (index < 0)
        return false;
    if (!isOverview())
        setCurrentInstance(index);
    if (projectId.isEmpty())
        return true;
    return isOverview() ? m_projects->selectProject(overviewKey(index, projectId)) : m_projects->selectProject(projectId);
}

void MainWindow::setSessions(const QList<InstanceSession *> &sessions)
{
    for (InstanceSession *old : std::as_const(m_sessions))
        disconnect(old, nullptr, this, nullptr);
    m_sessions = sessions;
    m_polling->setSessions(sessions);
    m_current = -2;
    m_detailSession = nullptr;
    m_detail->setSession(nullptr);
    m_overview->setSessions(sessions);
    m_projects->setProjectModel(nullptr);
    {
        const QSignalBlocker block(m_instanceBox);
        m_instanceBox->clear();
        m_instanceBox->addItem(tr("All instances"));
        for (InstanceSession *s : sessions) {
            QString label = QStringLiteral("%1 — %2").arg(s->name(), apiLabel(s->config().api));
            if (sendsCredentialsInClear(s->config()))
                label += tr("  ⚠ plain http");
            m_instanceBox->addItem(label);
        }
    }
    for (InstanceSession *s : sessions) {
        connect(s, &InstanceSession::projectsUpdated, this, [this, s] {
            // In the overview the first pick waits for every instance's first answer, so
            // the worst project of all is the one selected.
            if ((isOverview() && firstRoundDone()) || (!isOverview() && s == m_detailSession))
                m_projects->ensureSelection();
            updateStatus();
        });
        connect(s, &InstanceSession::errorOccurred, this, [this] {
            if (isOverview() && firstRoundDone())
                m_projects->ensureSelection();
        });
        connect(s, &InstanceSession::healthChanged, this, [this] {
            updateInstanceItems();
            updateStatus();
        });
        connect(s, &InstanceSession::errorOccurred, this, &MainWindow::updateStatus);
        connect(s, &InstanceSession::secretRefused, this, [this, s](const ApiError &error) {
            // Not from inside the poll's callback: the dialog runs its own event loop.
            QTimer::singleShot(0, this, [this, s = QPointer<InstanceSession>(s), error] {
                if (s && m_sessions.contains(s))
                    askSecretAgain(s, error);
            });
        });
    }
    if (sessions.size() > 1)
        showOverview();
    else if (!sessions.isEmpty())
        setCurrentInstance(0);
    updateTitle();
    updateInstanceItems();
    updateStatus();
}

void MainWindow::editInstances()
{
    QList<InstanceConfig> configs;
    for (const InstanceSession *s : std::as_const(m_sessions))
        configs << s->config();
    InstanceListEdit edit(configs, m_transport);
    edit.setNewInstanceDefaults(m_preferences->current());
    InstancesDialog dialog(&edit, this);
    dialog.setWindowTitle(m_persistent ? tr("Instances") : tr("Instances (this session only)"));
    dialog.setKeychainProblem(!m_secretStore ? tr("the demo keeps its own")
                                             : m_secretStore->unavailableReason());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_secretStore) {
        edit.applyToKeychain(m_secretStore, m_persistent, [self = QPointer<MainWindow>(this)](const QString &problem) {
            if (self && !problem.isEmpty())
                self->statusBar()->showMessage(tr("Could not update the system keychain: %1").arg(problem), 30000);
        });
    }
    emit instancesEdited(edit.profiles(), edit.secrets());
}

bool MainWindow::firstRoundDone() const
{
    return std::all_of(m_sessions.cbegin(), m_sessions.cend(), [](const InstanceSession *s) {
        return s->hasProjects() || s->lastError().isError();
    });
}

InstanceSession *MainWindow::currentSession() const
{
    return m_detailSession;
}

void MainWindow::showDetailOf(int sessionIndex, const QString &projectId)
{
    if (sessionIndex < 0 || sessionIndex >= m_sessions.size())
        return;
    InstanceSession *s = m_sessions.at(sessionIndex);
    if (s != m_detailSession) {
        m_detailSession = s;
        for (InstanceSession *other : std::as_const(m_sessions))
            other->setOnScreen(other == s);
        m_detail->setSession(s);
    }
    s->selectProject(projectId);
    updateTitle();
    updateStatus();
}

void MainWindow::setCurrentInstance(int index)
{
    if (index < 0 || index >= m_sessions.size() || index == m_current)
        return;
    m_current = index;
    m_instanceBox->setCurrentIndex(index + 1);
    InstanceSession *s = m_sessions.at(index);
    m_projects->setProjectModel(s->projects(), 0);
    m_detailSession = nullptr; // re-established by the selection below
    showDetailOf(index, s->selectedProject());
    if (s->selectedProject().isEmpty() || !m_projects->selectProject(s->selectedProject()))
        m_projects->ensureSelection();
    updateTitle();
    updateStatus();
}

void MainWindow::showOverview()
{
    if (m_current == -1)
        return;
    m_current = -1;
    m_instanceBox->setCurrentIndex(0);
    m_projects->setProjectModel(m_overview, OverviewModel::FirstProjectColumn);
    const int index = m_sessions.indexOf(m_detailSession);
    if (index < 0 || m_detailSession->selectedProject().isEmpty()
        || !m_projects->selectProject(overviewKey(index, m_detailSession->selectedProject()))) {
        if (firstRoundDone())
            m_projects->ensureSelection();
    }
    updateTitle();
    updateStatus();
}

bool MainWindow::selectProject(const QString &projectId)
{
    if (!isOverview())
        return m_projects->selectProject(projectId);
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i)->projects()->rowOf(projectId) >= 0)
            return m_projects->selectProject(overviewKey(i, projectId));
    }
    return false;
}

void MainWindow::updateTitle()
{
    QString title;
    if (isOverview())
        title = tr("All instances — omsdash");
    else
        title = m_detailSession ? tr("%1 — omsdash").arg(m_detailSession->name()) : tr("omsdash");
    if (m_alerts && m_alerts->needingAttention() > 0)
        title = QStringLiteral("(%1) ").arg(m_alerts->needingAttention()) + title; // seen in the taskbar
    setWindowTitle(title);
}

void MainWindow::updateInstanceItems()
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        const InstanceSession *s = m_sessions.at(i);
        m_instanceBox->setItemIcon(i + 1, healthIcon(s->health()));
        m_instanceBox->setItemData(i + 1, statustext::instanceTip(*s), Qt::ToolTipRole);
    }
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
    QStringList parts;
    if (isWallMode())
        m_wall->setStatusText(statustext::overview(m_sessions, m_overview->rowCount()));
    if (isOverview())
        parts << statustext::overview(m_sessions, m_overview->rowCount());
    const InstanceSession *s = m_detailSession;
    if (!s) {
        m_status->setText(parts.isEmpty() ? tr("No instance") : parts.join(QString()));
        m_error->clear();
        return;
    }
    parts << statustext::instance(*s);
    m_status->setText(parts.join(QStringLiteral("   |   ")));
    m_status->setToolTip(fmt::utcTime(s->health().lastSuccess));
    m_error->setText(statustext::lastError(*s));
}

bool MainWindow::exportProfiles(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export profiles"), QStringLiteral("omsdash-profiles.json"),
                                            tr("omsdash profiles (*.json)"));
    if (path.isEmpty())
        return false;
    QList<InstanceProfile> list;
    for (const InstanceSession *s : std::as_const(m_sessions))
        list << InstanceProfile::fromConfig(s->config()); // no secrets cross this line
    const QString problem = profiles::writeFile(path, list);
    if (!problem.isEmpty() && givenPath.isEmpty())
        QMessageBox::warning(this, tr("Export profiles"), problem);
    return problem.isEmpty();
}

void MainWindow::importProfiles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profiles"), {}, tr("omsdash profiles (*.json)"));
    if (path.isEmpty())
        return;
    const auto parsed = profiles::readFile(path);
    if (!parsed.ok()) {
        QMessageBox::warning(this, tr("Import profiles"), parsed.error.message);
        return;
    }
    QSettings settings;
    profiles::save(settings, parsed.value);
    QMessageBox::information(this, tr("Import profiles"),
                             (parsed.value.size() == 1 ? tr("1 instance saved.")
                                                       : tr("%1 instances saved.").arg(parsed.value.size()))
                                 + QLatin1Char(' ')
                                 + tr("omsdash opens them when started without --demo or --url."));
}

bool MainWindow::saveScreenshot(const QString &path, QString *error)
{
    return picture::savePng(isWallMode() ? static_cast<QWidget *>(m_wall) : this, path, error);
}

bool MainWindow::savePanelScreenshot(const QString &path, QString *error)
{
    return picture::savePng(m_detail, path, error);
}

QString MainWindow::screenshotName(const QString &what) const
{
    const InstanceSession *session = currentSession();
    return picture::fileName(session ? session->config().name : (isOverview() ? tr("all-instances") : QString()),
                             session ? session->selectedProject() : QString(), what, QStringLiteral("png"));
}

void MainWindow::chooseReport()
{
    InstanceSession *session = currentSession();
    if (!session) {
        QMessageBox::information(this, tr("Export report"), tr("Select a project first: a report covers its instance."));
        return;
    }
    const ProjectSummary *summary = session->selectedSummary();
    ReportDialog dialog(session->config().name, session->selectedProject(), summary ? summary->name : QString(), this);
    dialog.setFolder(m_preferences->current().effectiveExportFolder());
    if (dialog.exec() == QDialog::Accepted)
        exportReport(dialog.options());
}

void MainWindow::exportReport(const ReportOptions &options)
{
    QString whyNot;
    const bool started = m_reportExport->start(
        currentSession(), options.projects, options.rangeMs,
        [options](const Report &report) { return ReportJob::prepareWrite(report, options); }, &whyNot);
    if (started) {
        m_reportOut = options.out;
        return;
    }
    statusBar()->showMessage(tr("No report written: %1").arg(whyNot), 10000);
    emit reportExported(options.out, whyNot);
}

bool MainWindow::isExportingReport() const
{
    return m_reportExport->isRunning();
}

void MainWindow::reportFinished(const QString &error, bool incomplete)
{
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("No report written: %1").arg(error), 10000);
        QMessageBox::warning(this, tr("Export report"), error);
    } else {
        statusBar()->showMessage(incomplete ? tr("Report written to %1, incomplete: it says what could not be fetched")
                                                  .arg(m_reportOut)
                                            : tr("Report written to %1").arg(m_reportOut),
                                 10000);
    }
    emit reportExported(m_reportOut, error);
}

} // namespace omsdash
