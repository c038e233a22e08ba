// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include "instanceprofiles.h"
#include "report.h"
#include "types.h"

#include <QHash>

#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;

namespace omsdash {

class AlertCenter;
class AlertWebhooks;
class AlertLogPanel;
class AlertTray;
class HttpTransport;
class InstanceSession;
class OverviewModel;
class PollingControl;
class ProjectDetailPane;
class WallView;
class AppPreferences;
class ReportExport;
class ProjectCountsBar;
class ProjectTableView;
class SecretStore;

/// The main window. Composition only: an instance selector ("All instances" first, then
/// each instance with its health), the project table with its filter, the detail pane of the
/// selected project and a status bar with the last successful poll and the last error.
/// Ctrl+0 shows all instances, Ctrl+1..9 one instance. Only the instance whose project is
/// in the detail pane polls detail and per-table progress. The sessions are owned elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p transport serves the instances dialog's connection test.
    MainWindow(const QList<InstanceSession *> &sessions, HttpTransport *transport, QWidget *parent = nullptr);

    /// Shows @p sessions instead of the current ones (not owned; the caller deletes the old
    /// ones after this returns). Opens the overview when there are several.
    void setSessions(const QList<InstanceSession *> &sessions);
    /// File > Instances…: the dialog on the watched instances; instancesEdited() on OK.
    void editInstances();
    /// Whether edits are saved as the user's instances (the dialog's title says which).
    void setInstancesPersistent(bool persistent) { m_persistent = persistent; }
    /// Where secrets typed in the instances dialog are kept (not owned). Without one (the
    /// demo) they last for the session only. A removed instance's entry is removed only when
    /// the instances are persistent.
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    /// Whether an instance refusing its secret is asked for it again (SecretPrompt with the
    /// API's message); not for a picture or the demo.
    void setAsksForSecrets(bool ask) { m_asksForSecrets = ask; }
    /// Asks for @p session's secret after the server refused it with @p error; a new one is
    /// used at once, and kept in the keychain when the user asks.
    void askSecretAgain(InstanceSession *session, const ApiError &error);

    /// Shows the alerts of @p center (not owned): the alert log as a dock (View > Alert log,
    /// Ctrl+Shift+A), a toolbar badge with the count of alerts needing attention, the count in
    /// the title and status bar, a tray icon where the desktop has a tray, and taskbar urgency
    /// for an alert raised while the window is not active. Notifications and the log open
    /// the project they are about.
    void setAlertCenter(AlertCenter *center);
    /// Adds View > Alert webhooks… over @p webhooks (not owned), after setAlertCenter(); its
    /// problems (a URL missing from the keychain) go to the status bar.
    void setAlertWebhooks(AlertWebhooks *webhooks);
    AlertLogPanel *alertLog() const { return m_alertLog; }
    AlertTray *alertTray() const { return m_tray; }
    /// The counts over the project list, each a filter.
    ProjectCountsBar *projectCounts() const { return m_counts; }
    /// The alert text of the status bar ("2 alert(s) need attention (worst HIGH)"), or empty.
    QString alertText() const;
    /// Shows @p projectId of the instance named @p instance (just the instance when empty):
    /// in the overview when it is shown, else in that instance; raises the window.
    bool openProject(const QString &instance, const QString &projectId);

    /// Shows one instance's projects.
    void setCurrentInstance(int index);
    /// Shows every instance's projects in one table.
    void showOverview();
    bool isOverview() const { return m_current < 0; }
    /// The session whose project the detail pane shows (in the overview: the selected row's).
    InstanceSession *currentSession() const;
    const QList<InstanceSession *> &sessions() const { return m_sessions; }
    /// Selects @p projectId in the current view; false when it is not shown.
    bool selectProject(const QString &projectId);

    ProjectTableView *projectTable() const { return m_projects; }
    ProjectDetailPane *detailPane() const { return m_detail; }
    OverviewModel *overviewModel() const { return m_overview; }
    QString statusText() const;
    QString errorText() const;

    /// Writes the watched instances as a profiles file (no secrets) to @p path, or to a file
    /// the user picks when @p path is empty. False when nothing was written.
    bool exportProfiles(const QString &path = {});
    /// Asks for a profiles file and saves its instances as the saved profiles.
    void importProfiles();

    /// Puts back the window as the user left it (QSettings): geometry, docks and toolbars,
    /// the splitters, the charts' range; the tables' columns restore themselves. After the
    /// docks exist (setAlertCenter()).
    void restoreWindowState();
    /// Saves all of that, and the instance and project on screen; done when the window closes.
    void saveWindowState() const;
    /// Opens the instance and the project on screen when the window was last closed (the
    /// project once its instance lists it). Not when the command line chose one.
    void restoreSelection();
    /// Gives the whole window to the project list (the detail folded away), or gives the
    /// detail back its last size. View > Project list only, Ctrl+Shift+L.
    void setProjectListOnly(bool only);
    bool isProjectListOnly() const;
    /// View > Wall (F11, --wall): every instance's projects as large worst-first tiles on a
    /// full-screen window of their own (WallView); off again by Esc or F11, or by choosing a
    /// tile, which opens that project here.
    void setWallMode(bool on);
    /// The preferences in force (File > Preferences…, View > Theme), not owned; until set, the
    /// window keeps its own, read from QSettings. The window follows their theme itself.
    void setPreferences(AppPreferences *preferences);
    AppPreferences *preferences() const { return m_preferences; }
    /// File > Preferences…: the dialog over the preferences in force; applied on OK.
    void editPreferences();
    bool isWallMode() const;
    WallView *wall() const { return m_wall; }

    /// Refresh, pause and resume, the next poll's countdown (PollingControl): the window's
    /// only way to drive the pollers.
    PollingControl *polling() const { return m_polling; }
    /// Help > omsdash manual (F1): the README installed beside the binary, else the source
    /// tree's, else the project's page.
    static QUrl manualUrl();
    /// Help > About: version, the Qt it was built with and runs on, licence, homepage.
    QString aboutText() const;
    /// Every shortcut of the window and what it does, by action name (Help > Keyboard shortcuts).
    QList<std::pair<QString, QString>> shortcuts() const;
    void showShortcuts();
    /// "Next poll in 12 s", "⏸ Polling paused" (the status bar's right end).
    QString countdownText() const;

    /// Saves a PNG of the whole window; false with @p error on failure.
    bool saveScreenshot(const QString &path, QString *error);
    /// Saves a PNG of the project panel (the detail pane) only.
    bool savePanelScreenshot(const QString &path, QString *error);
    /// The default name of a picture of the window: instance, project and UTC time.
    QString screenshotName(const QString &what) const;

    /// Collects and writes a report of the detail pane's instance (its selected project, or
    /// every project when @p options.projects is empty) in the background; reportExported()
    /// tells how it ended. One at a time: asking again while one runs is refused.
    void exportReport(const ReportOptions &options);
    /// A report is being collected or written.
    bool isExportingReport() const;
    /// File > Export report…: asks what to write, then exportReport().
    void chooseReport();

signals:
    /// The user changed the instances: @p profiles in order, @p secrets by instance name.
    void instancesEdited(const QList<omsdash::InstanceProfile> &profiles,
                         const QHash<QString, QString> &secrets);
    /// A report was written to @p path, or not: then @p error says why.
    void reportExported(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showDetailOf(int sessionIndex, const QString &projectId);
    /// Every instance has answered its first project-list poll, or failed it.
    bool firstRoundDone() const;
    void updateStatus();
    void reportFinished(const QString &error, bool incomplete);
    void updateThemeActions();
    /// @p fileName in the export folder of the preferences, the folder made when missing.
    QString exportPath(const QString &fileName) const;
    void updateTitle();
    void updateInstanceItems();
    void updateAlerts();
    void updateCountdown();

    HttpTransport *m_transport;
    bool m_persistent = false;
    SecretStore *m_secretStore = nullptr;
    bool m_asksForSecrets = false;
    bool m_asking = false; ///< a SecretPrompt is open
    QList<InstanceSession *> m_sessions;
    int m_current = -2; ///< -1: overview; >= 0: that instance; -2: nothing yet
    QPointer<InstanceSession> m_detailSession;
    OverviewModel *m_overview;
    QComboBox *m_instanceBox;
    QLineEdit *m_filter;
    ProjectTableView *m_projects;
    ProjectCountsBar *m_counts = nullptr;
    ProjectDetailPane *m_detail;
    QLabel *m_status;
    QLabel *m_error;
    ReportExport *m_reportExport;
    QString m_reportOut; ///< the file of the export under way
    AlertCenter *m_alerts = nullptr;
    AlertLogPanel *m_alertLog = nullptr;
    AlertTray *m_tray = nullptr;
    QLabel *m_alertStatus = nullptr;
    QAction *m_alertAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    PollingControl *m_polling = nullptr;
    QAction *m_pauseAction = nullptr;
    QLabel *m_countdown = nullptr;
    WallView *m_wall = nullptr; ///< made at the first F11
    AppPreferences *m_ownPreferences = nullptr;
    AppPreferences *m_preferences = nullptr;
    QActionGroup *m_themeActions = nullptr;
    QAction *m_wallAction = nullptr;
    QSplitter *m_split = nullptr;
    QAction *m_tallList = nullptr;
    QList<int> m_splitBeforeTall;
};

} // namespace omsdash
